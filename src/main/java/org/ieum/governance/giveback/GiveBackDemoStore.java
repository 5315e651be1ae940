package org.ieum.governance.giveback;

import java.time.Instant;

import org.springframework.stereotype.Component;

/** Saves demo give-back projects as they are (the demo data only; pages go through {@link GiveBacks}). */
@Component
public class GiveBackDemoStore {

	private final GiveBackRepository projects;

	GiveBackDemoStore(GiveBackRepository projects) {
		this.projects = projects;
	}

	public boolean hasProjects() {
		return projects.count() > 0;
	}

	/** A project as its managers reported it, waiting for staff review. */
	public GiveBack reported(long centerId, long organizationId, String organizationName, GiveBack.Details details,
			long accountId, Instant at) {
		return projects.save(GiveBack.reported(centerId, organizationId, organizationName, details, accountId, at));
	}

	/** A project the managers reported and staff accepted with a note. */
	public GiveBack accepted(long centerId, long organizationId, String organizationName, GiveBack.Details details,
			long accountId, Instant at, String note) {
		GiveBack project = GiveBack.reported(centerId, organizationId, organizationName, details, accountId, at);
		project.accept(note);
		return projects.save(project);
	}
}
