package org.ieum.enterprises;

import java.util.Optional;

/**
 * Where a center's public guide to a designation (절차, 요건, 준비서류, 일정) is, so that the readiness checklist can
 * link to it. The website module writes the guides and provides this; enterprises may not depend on it, so the port
 * is declared here and the checklist works without a provider (then it shows no link).
 */
public interface DesignationGuides {

	/** The address of the center's guide to the designation, e.g. {@code /c/gimhae/guides/social-enterprise}. */
	Optional<String> guideOf(long centerId, DesignationType designation);
}
