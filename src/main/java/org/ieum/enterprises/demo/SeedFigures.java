package org.ieum.enterprises.demo;

import static org.ieum.enterprises.DesignationType.COOPERATIVE;
import static org.ieum.enterprises.DesignationType.PRE_SOCIAL_MINISTRY;
import static org.ieum.enterprises.DesignationType.PRE_SOCIAL_REGIONAL;
import static org.ieum.enterprises.DesignationType.SELF_SUFFICIENCY;
import static org.ieum.enterprises.DesignationType.SOCIAL_COOPERATIVE;
import static org.ieum.enterprises.DesignationType.SOCIAL_ENTERPRISE;
import static org.ieum.enterprises.DesignationType.VILLAGE_ENTERPRISE;

import java.util.List;
import java.util.Set;

import org.ieum.enterprises.DesignationType;

/**
 * The counts the seed articles publish, which the demo directory matches exactly on its first
 * start: the number of organizations (not closed) of a center and the centers below it that
 * hold a designation of these types in force. Where an article gives a combined figure the
 * demo splits it: Gwangju's (예비)사회적기업 136 is 96 사회적기업 and 40 예비사회적기업, and its
 * (사회적)협동조합 559 is 500 협동조합 and 59 사회적협동조합.
 */
public record SeedFigures(String centerSlug, Set<DesignationType> types, int organizations) {

	public static final List<SeedFigures> ALL = List.of(
			new SeedFigures("busan", Set.of(SOCIAL_ENTERPRISE), 175),
			new SeedFigures("busan", Set.of(VILLAGE_ENTERPRISE), 78),
			new SeedFigures("busan", Set.of(COOPERATIVE), 720),
			new SeedFigures("busan", Set.of(SELF_SUFFICIENCY), 99),
			new SeedFigures("gunsan", Set.of(PRE_SOCIAL_REGIONAL, PRE_SOCIAL_MINISTRY), 10),
			new SeedFigures("gunsan", Set.of(SOCIAL_ENTERPRISE), 16),
			new SeedFigures("gunsan", Set.of(VILLAGE_ENTERPRISE), 5),
			new SeedFigures("gunsan", Set.of(SELF_SUFFICIENCY), 6),
			new SeedFigures("gwangju", Set.of(VILLAGE_ENTERPRISE), 52),
			new SeedFigures("gwangju", Set.of(SOCIAL_ENTERPRISE), 96),
			new SeedFigures("gwangju", Set.of(PRE_SOCIAL_REGIONAL, PRE_SOCIAL_MINISTRY), 40),
			new SeedFigures("gwangju", Set.of(SELF_SUFFICIENCY), 58),
			new SeedFigures("gwangju", Set.of(COOPERATIVE), 500),
			new SeedFigures("gwangju", Set.of(SOCIAL_COOPERATIVE), 59));
}
