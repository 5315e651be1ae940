package org.ieum.content.guides;

import java.util.Arrays;
import java.util.Optional;

import org.ieum.enterprises.DesignationType;

/** A designation with the stable address of its guide in a center's portal ({@code /c/{slug}/guides/{path}}). */
enum GuideTopic {

	SOCIAL_ENTERPRISE(DesignationType.SOCIAL_ENTERPRISE, "social-enterprise"),
	PRE_SOCIAL_REGIONAL(DesignationType.PRE_SOCIAL_REGIONAL, "pre-social-regional"),
	PRE_SOCIAL_MINISTRY(DesignationType.PRE_SOCIAL_MINISTRY, "pre-social-ministry"),
	VILLAGE_ENTERPRISE(DesignationType.VILLAGE_ENTERPRISE, "village-enterprise"),
	COOPERATIVE(DesignationType.COOPERATIVE, "cooperative"),
	SOCIAL_COOPERATIVE(DesignationType.SOCIAL_COOPERATIVE, "social-cooperative"),
	SELF_SUFFICIENCY(DesignationType.SELF_SUFFICIENCY, "self-sufficiency");

	private final DesignationType designation;
	private final String path;

	GuideTopic(DesignationType designation, String path) {
		this.designation = designation;
		this.path = path;
	}

	DesignationType designation() {
		return designation;
	}

	String path() {
		return path;
	}

	static Optional<GuideTopic> byPath(String path) {
		return Arrays.stream(values()).filter(t -> t.path.equals(path)).findFirst();
	}

	static GuideTopic of(DesignationType designation) {
		return Arrays.stream(values()).filter(t -> t.designation == designation).findFirst().orElseThrow();
	}
}
