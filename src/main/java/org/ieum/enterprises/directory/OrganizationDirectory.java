package org.ieum.enterprises.directory;

import org.ieum.enterprises.DesignationStatus;
import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.OrganizationSummary;
import org.ieum.enterprises.records.Designation;
import org.ieum.enterprises.records.DesignationRepository;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.OrganizationRepository;
import org.ieum.enterprises.records.OrganizationViews;
import org.ieum.enterprises.records.Product;
import org.ieum.enterprises.records.ProductRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.ieum.enterprises.records.OrganizationViews.DesignationView;
import org.ieum.enterprises.records.OrganizationViews.OrganizationRow;
import org.ieum.enterprises.records.OrganizationViews.ProductView;
import org.ieum.enterprises.records.OrganizationViews.PublicProfile;
import org.ieum.shared.Seoul;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public reads: the directory and profiles anyone may see, so nothing here checks permissions. */
@Service
@Transactional(readOnly = true)
public class OrganizationDirectory {

	private final OrganizationRepository organizations;
	private final DesignationRepository designations;
	private final ProductRepository products;
	private final Clock clock;

	public OrganizationDirectory(OrganizationRepository organizations, DesignationRepository designations,
			ProductRepository products, Clock clock) {
		this.organizations = organizations;
		this.designations = designations;
		this.products = products;
		this.clock = clock;
	}

	/** Organizations of these centers that have not closed, by name (founding teams not yet founded left out). */
	public Page<OrganizationRow> publicList(Set<Long> centerIds, String q, Pageable page) {
		Page<Organization> found = organizations.findAll(Specification.allOf(OrganizationRepository.ownedByAnyOf(centerIds),
				OrganizationRepository.notClosed(), OrganizationRepository.publiclyListed(), OrganizationRepository.nameContains(q)),
				page);
		return rows(found);
	}

	public Page<OrganizationRow> rows(Page<Organization> page) {
		Map<Long, List<DesignationType>> held = activeTypes(page.getContent().stream().map(Organization::getId).toList());
		return page.map(o -> row(o, held.getOrDefault(o.getId(), List.of())));
	}

	public Optional<Organization> find(long id) {
		return organizations.findById(id);
	}

	/** The public profile, unless it is a founding team not yet founded: the public does not see those. */
	public Optional<PublicProfile> publicProfile(long id) {
		return organizations.findById(id).filter(Organization::isPubliclyListed).map(this::publicProfile);
	}

	public PublicProfile publicProfile(Organization o) {
		LocalDate today = Seoul.today(clock);
		return new PublicProfile(o.getId(), o.getName(), o.formattedNumber(), o.getSido(), o.getSigungu(),
				o.getRoadAddress(), o.getPhone(), o.getHomepage(), OrganizationViews.lines(o.getSocialChannels()),
				o.getIndustry(), o.getMainBusiness(), o.getFoundedOn(), o.getEmployees(), o.getVulnerableEmployees(),
				o.getSocialPurpose(), o.getSocialServiceField(), o.getStatus(),
				designationsOf(o.getId()).stream()
					.filter(d -> d.status() != DesignationStatus.CANCELLED)
					.toList(),
				productsOf(o.getId()));
	}

	public List<ProductView> productsOf(long organizationId) {
		return products.findByOrganizationIdOrderByIdAsc(organizationId).stream().map(ProductView::of).toList();
	}

	public List<DesignationView> designationsOf(long organizationId) {
		LocalDate today = Seoul.today(clock);
		return designations.findByOrganizationIdOrderByDesignatedOnDescIdDesc(organizationId).stream()
			.map(d -> DesignationView.of(d, today))
			.toList();
	}

	public OrganizationSummary summary(Organization o) {
		return new OrganizationSummary(o.getId(), o.getName(), o.getBusinessNumber(), o.getSido(), o.getSigungu(),
				o.getStatus(), o.getCenterIds(), activeTypes(List.of(o.getId())).getOrDefault(o.getId(), List.of()));
	}

	/**
	 * The summaries of many organizations, their designations read a thousand organizations at a time
	 * (one query each, and never more parameters than a database takes).
	 */
	public List<OrganizationSummary> summaries(List<Organization> list) {
		Map<Long, List<DesignationType>> held = new java.util.HashMap<>();
		for (int from = 0; from < list.size(); from += 1000) {
			held.putAll(activeTypes(list.subList(from, Math.min(list.size(), from + 1000)).stream()
				.map(Organization::getId).toList()));
		}
		return list.stream()
			.map(o -> new OrganizationSummary(o.getId(), o.getName(), o.getBusinessNumber(), o.getSido(), o.getSigungu(),
					o.getStatus(), o.getCenterIds(), held.getOrDefault(o.getId(), List.of())))
			.toList();
	}

	public Optional<Product> product(long productId) {
		return products.findById(productId);
	}

	private OrganizationRow row(Organization o, List<DesignationType> held) {
		return new OrganizationRow(o.getId(), o.getName(), o.formattedNumber(), o.getSido(), o.getSigungu(),
				o.getStatus(), held);
	}

	/** Types of the designations in force today, per organization, in the enum's order. */
	private Map<Long, List<DesignationType>> activeTypes(Collection<Long> organizationIds) {
		if (organizationIds.isEmpty()) {
			return Map.of();
		}
		LocalDate today = Seoul.today(clock);
		return designations.findByOrganizationIdIn(organizationIds).stream()
			.filter(d -> d.statusOn(today) == DesignationStatus.ACTIVE)
			.collect(Collectors.groupingBy(Designation::getOrganizationId,
					Collectors.collectingAndThen(Collectors.mapping(Designation::getType, Collectors.toSet()),
							s -> s.stream().sorted().toList())));
	}
}
