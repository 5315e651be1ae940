package org.ieum.governance.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.governance.partners.ActivityKind;
import org.ieum.governance.partners.Mou;
import org.ieum.governance.partners.MouActivity;
import org.ieum.governance.partners.MouActivityRepository;
import org.ieum.governance.partners.MouRepository;
import org.ieum.governance.partners.Partner;
import org.ieum.governance.partners.PartnerKind;
import org.ieum.governance.partners.PartnerRepository;
import org.ieum.shared.Seoul;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gimhae's agreements from the seed articles, dated relative to today: five schools of its youth
 * education (the 14-lesson course taught in schools) and a university, with joint courses logged
 * against them; one school's agreement ends within 60 days. Added only while there are no partners.
 */
@Component
@Order(91)
@ConditionalOnProperty(name = "ieum.demo.enabled", havingValue = "true")
class DemoPartners implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPartners.class);

	private final PartnerRepository partners;
	private final MouRepository mous;
	private final MouActivityRepository activities;
	private final CentersApi centers;
	private final Clock clock;

	DemoPartners(PartnerRepository partners, MouRepository mous, MouActivityRepository activities, CentersApi centers,
			Clock clock) {
		this.partners = partners;
		this.mous = mous;
		this.activities = activities;
		this.centers = centers;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (partners.count() > 0) {
			return;
		}
		centers.findBySlug("gimhae").ifPresent(this::gimhae);
	}

	private void gimhae(CenterSummary center) {
		LocalDate today = Seoul.today(clock);
		Instant now = clock.instant();
		List<String> schools = List.of("김해가야중학교 (시연)", "김해분성고등학교 (시연)", "김해장유중학교 (시연)",
				"김해진영고등학교 (시연)", "김해삼계중학교 (시연)");
		for (int i = 0; i < schools.size(); i++) {
			Partner school = partners.save(new Partner(center.id(), schools.get(i), PartnerKind.SCHOOL, null,
					"진로교육 담당 교사", "055-330-000" + i, null, null, true, now));
			LocalDate start = today.minusMonths(10 - i).withDayOfMonth(1);
			// the first school's agreement ends within 60 days, so its reminder is due
			LocalDate end = i == 0 ? today.plusDays(45) : start.plusYears(2).minusDays(1);
			Mou mou = mous.save(new Mou(school.getId(), start.minusDays(7), start, end,
					"청소년 사회적경제 교육(14차시 과정) 운영과 진로체험처 연계", i % 2 == 0, now));
			activities.save(new MouActivity(mou.getId(), start.plusMonths(1), ActivityKind.JOINT_COURSE,
					"청소년 사회적경제 교육 14차시 운영", "김해 청소년 사회적경제 교실", now));
		}
		Partner university = partners.save(new Partner(center.id(), "김해 소재 대학교 사회적경제연구소 (시연)",
				PartnerKind.UNIVERSITY, null, "연구소 사무국", "055-320-0000", null, null, true, now));
		LocalDate start = today.minusYears(1).withDayOfMonth(1);
		Mou mou = mous.save(new Mou(university.getId(), start.minusDays(10), start, start.plusYears(3).minusDays(1),
				"사회적경제 아카데미 공동 운영, 교육 강사 양성, 창업 동아리 연계", false, now));
		activities.save(new MouActivity(mou.getId(), start.plusMonths(2), ActivityKind.SHARED_PROGRAM,
				"교육 강사 양성 과정 공동 운영", null, now));
		activities.save(new MouActivity(mou.getId(), start.plusMonths(5), ActivityKind.REFERRAL,
				"창업 동아리 2팀을 예비창업 멘토링에 연계", "김해 시니어 창업가 멘토링", now));
		log.info("Demo partners added for {}", center.slug());
	}
}
