package org.ieum.enterprises;

import org.ieum.enterprises.directory.OrganizationDirectory;
import org.ieum.enterprises.figures.DirectoryFigures;
import org.ieum.enterprises.records.OrganizationManager;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.OrganizationManagerRepository;
import org.ieum.enterprises.records.OrganizationRepository;
import org.ieum.enterprises.records.Product;
import org.ieum.enterprises.records.ProductRepository;
import org.ieum.enterprises.stages.StageMilestones;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask the enterprises module. Everything here is public information. */
@Service
@Transactional(readOnly = true)
public class EnterprisesApi {

	private final OrganizationDirectory directory;
	private final OrganizationRepository organizations;
	private final OrganizationManagerRepository managers;
	private final DirectoryFigures figures;
	private final ProductRepository products;
	private final StageMilestones milestones;

	EnterprisesApi(OrganizationDirectory directory, OrganizationRepository organizations,
			OrganizationManagerRepository managers, DirectoryFigures figures, ProductRepository products,
			StageMilestones milestones) {
		this.milestones = milestones;
		this.figures = figures;
		this.products = products;
		this.directory = directory;
		this.organizations = organizations;
		this.managers = managers;
	}

	public Optional<OrganizationSummary> findById(long organizationId) {
		return directory.find(organizationId).map(directory::summary);
	}

	/** Every record with this business registration number (usually one; more until staff merge duplicates). */
	public List<OrganizationSummary> findByBusinessNumber(BusinessNumber number) {
		return organizations.findByBusinessNumberOrderByIdAsc(number.digits()).stream().map(directory::summary).toList();
	}

	/** The organizations this account was approved to manage, e.g. to prefill an application form. */
	public List<OrganizationSummary> managedBy(long accountId) {
		List<Long> ids = managers.findByAccountIdOrderByIdAsc(accountId).stream()
			.map(OrganizationManager::getOrganizationId)
			.toList();
		return organizations.findAllById(ids).stream().map(directory::summary).toList();
	}

	/** The accounts approved to manage this organization, e.g. to tell them about a buyer's inquiry. */
	public List<Long> managerAccountIds(long organizationId) {
		return managers.findByOrganizationIdOrderByIdAsc(organizationId).stream()
			.map(OrganizationManager::getAccountId)
			.toList();
	}

	public boolean isManager(long organizationId, long accountId) {
		return managers.existsByOrganizationIdAndAccountId(organizationId, accountId);
	}

	/** The directory's figures for these centers (pass a center and those below it for a roll-up). */
	public DirectoryCounts counts(Collection<Long> centerIds, LocalDate asOf) {
		return figures.count(centerIds, asOf);
	}

	/** The ids of the organizations (founding teams too) that the center owns, in id order. */
	public List<Long> organizationIdsOf(long centerId) {
		return organizations.findAll(OrganizationRepository.ownedByAnyOf(java.util.Set.of(centerId))).stream()
			.map(Organization::getId)
			.sorted()
			.toList();
	}

	/**
	 * When these organizations (founding teams too) first reached 설립, 지정 and 인증, by id; organizations that no
	 * longer exist (merged into another) are left out.
	 */
	public Map<Long, OrganizationMilestones> milestones(Collection<Long> organizationIds) {
		return milestones.of(organizationIds);
	}

	/** Every product and service of the organizations that are active (founding teams not yet founded left out), for a showcase that lists them all. */
	public List<ProductSummary> activeProducts() {
		return listed(products.findAll());
	}

	/** The products of these organizations that a showcase lists (none of an organization that is not active). */
	public List<ProductSummary> activeProductsOf(Collection<Long> organizationIds) {
		List<Product> found = new java.util.ArrayList<>();
		List<Long> ids = List.copyOf(organizationIds);
		for (int from = 0; from < ids.size(); from += 1000) {
			found.addAll(products.findByOrganizationIdIn(ids.subList(from, Math.min(ids.size(), from + 1000))));
		}
		return listed(found);
	}

	private List<ProductSummary> listed(List<Product> all) {
		List<Long> ids = all.stream().map(Product::getOrganizationId).distinct().toList();
		List<Organization> active = new java.util.ArrayList<>();
		// a thousand at a time: a database takes only so many parameters in one query
		for (int from = 0; from < ids.size(); from += 1000) {
			organizations.findAllById(ids.subList(from, Math.min(ids.size(), from + 1000))).stream()
				.filter(o -> o.getStatus() == OrganizationStatus.ACTIVE && o.isPubliclyListed())
				.forEach(active::add);
		}
		Map<Long, OrganizationSummary> owners = directory.summaries(active).stream()
			.collect(Collectors.toMap(OrganizationSummary::id, Function.identity()));
		return all.stream().filter(p -> owners.containsKey(p.getOrganizationId()))
			.map(p -> product(p, owners.get(p.getOrganizationId())))
			.toList();
	}

	/** The product, if it exists and its organization is active. */
	public Optional<ProductSummary> activeProduct(long productId) {
		return products.findById(productId).flatMap(p -> organizations.findById(p.getOrganizationId())
			.filter(o -> o.getStatus() == OrganizationStatus.ACTIVE && o.isPubliclyListed())
			.map(o -> product(p, directory.summary(o))));
	}

	private static ProductSummary product(Product p, OrganizationSummary owner) {
		return new ProductSummary(p.getId(), p.getOrganizationId(), p.getName(), p.getDescription(), p.getPriceWon(),
				p.getPhotoFile() != null, owner.name(), owner.sido(), owner.centerIds(), owner.activeDesignations());
	}
}
