package org.ieum.enterprises;

import org.ieum.enterprises.directory.OrganizationDirectory;
import org.ieum.enterprises.figures.DirectoryFigures;
import org.ieum.enterprises.records.OrganizationManager;
import org.ieum.enterprises.records.OrganizationManagerRepository;
import org.ieum.enterprises.records.OrganizationRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

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

	EnterprisesApi(OrganizationDirectory directory, OrganizationRepository organizations,
			OrganizationManagerRepository managers, DirectoryFigures figures) {
		this.figures = figures;
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

	public boolean isManager(long organizationId, long accountId) {
		return managers.existsByOrganizationIdAndAccountId(organizationId, accountId);
	}

	/** The directory's figures for these centers (pass a center and those below it for a roll-up). */
	public DirectoryCounts counts(Collection<Long> centerIds, LocalDate asOf) {
		return figures.count(centerIds, asOf);
	}
}
