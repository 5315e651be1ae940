package org.ieum.market.collaboration;

import java.util.List;

import org.ieum.enterprises.EnterprisesApi;
import org.ieum.enterprises.OrganizationSummary;
import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may open a project's documents and sales: staff of its center and the managers of its organizations (lead and
 * partners). Anyone else, another organization's manager included, is refused with a 403.
 */
@Component
class ProjectAccess {

	private final ProjectRepository projects;
	private final ProjectMemberRepository members;
	private final EnterprisesApi enterprises;

	ProjectAccess(ProjectRepository projects, ProjectMemberRepository members, EnterprisesApi enterprises) {
		this.projects = projects;
		this.members = members;
		this.enterprises = enterprises;
	}

	Project open(long projectId, Long accountId) {
		Project project = projects.findById(projectId)
			.orElseThrow(() -> Refusal.notFound("market.collab.error.unknown"));
		if (Authorities.canManageCenter(project.getCenterId())) {
			return project;
		}
		List<Long> managed = accountId == null ? List.of() : managedBy(accountId);
		if (managed.isEmpty() || !members.existsByProjectIdAndOrganizationIdIn(projectId, managed)) {
			throw new AccessDeniedException("neither staff of the project's center nor a manager of its organizations");
		}
		return project;
	}

	/** The organizations this account manages. */
	List<Long> managedBy(long accountId) {
		return enterprises.managedBy(accountId).stream().map(OrganizationSummary::id).toList();
	}
}
