package org.ieum.governance.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ieum.enterprises.EnterprisesApi;
import org.ieum.enterprises.OrganizationSummary;
import org.ieum.governance.assessments.Assessment;
import org.ieum.governance.core.GovernanceFiles;
import org.ieum.governance.assessments.AssessmentDemoStore;
import org.ieum.governance.assessments.Indicator;
import org.ieum.governance.assessments.IndicatorArea;
import org.ieum.governance.assessments.IndicatorKind;
import org.ieum.identity.IdentityApi;
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
 * The self-assessment of the organization {@code member@ieum.example} manages: its center's
 * indicators for last year with an accepted assessment, and this year's indicators, still to be
 * answered on 마이페이지. Added only while there are no indicators.
 */
@Component
@Order(92)
@ConditionalOnProperty(name = "ieum.demo.enabled", havingValue = "true")
class DemoAssessments implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAssessments.class);

	/** A one-page PDF standing for the evidence of the demo assessment. */
	private static final byte[] EVIDENCE = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
			+ "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
			+ "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private final AssessmentDemoStore store;
	private final GovernanceFiles files;
	private final EnterprisesApi enterprises;
	private final IdentityApi identity;
	private final Clock clock;

	DemoAssessments(AssessmentDemoStore store, GovernanceFiles files, EnterprisesApi enterprises, IdentityApi identity,
			Clock clock) {
		this.store = store;
		this.files = files;
		this.enterprises = enterprises;
		this.identity = identity;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (store.hasIndicators()) {
			return;
		}
		Long account = identity.findAccountIdByEmail("member@ieum.example").orElse(null);
		if (account == null) {
			return;
		}
		OrganizationSummary organization = enterprises.managedBy(account).stream()
			.filter(o -> !o.centerIds().isEmpty()).findFirst().orElse(null);
		if (organization == null) {
			return;
		}
		long center = organization.centerIds().stream().sorted().findFirst().orElseThrow();
		int year = Seoul.today(clock).getYear();
		List<Indicator> last = indicators(center, year - 1);
		indicators(center, year);
		Map<Long, String> answers = new LinkedHashMap<>();
		List<String> given = List.of("12", "yes", "연 2회 이상", "yes", "지역 돌봄 기관과 함께 어르신 도시락 배달을 시작했습니다.");
		for (int i = 0; i < last.size(); i++) {
			answers.put(last.get(i).getId(), given.get(i));
		}
		double earned = 0;
		int weights = 0;
		for (Indicator indicator : last) {
			earned += indicator.getWeight() * indicator.fraction(answers.get(indicator.getId()));
			weights += indicator.getWeight();
		}
		Assessment assessment = new Assessment(center, year - 1, organization.id(), organization.name(), account);
		assessment.submit(answers, (int) Math.round(100 * earned / weights), account, clock.instant());
		assessment.accept("증빙을 확인했습니다.");
		assessment.attach(files.store(EVIDENCE).file(), "사회적가치_증빙(시연).pdf", "application/pdf");
		store.save(assessment);
		log.info("Demo self-assessment indicators for {} and {}", year - 1, year);
	}

	private List<Indicator> indicators(long center, int year) {
		Instant now = clock.instant();
		return List.of(
				store.save(new Indicator(center, year, IndicatorArea.SOCIAL, IndicatorKind.NUMBER,
						"취약계층 고용 인원 (명)", 30, 0, 20, null, now)),
				store.save(new Indicator(center, year, IndicatorArea.SOCIAL, IndicatorKind.YES_NO,
						"지역사회 공헌 활동 실시", 20, null, null, null, now)),
				store.save(new Indicator(center, year, IndicatorArea.ECONOMIC, IndicatorKind.CHOICE,
						"이익의 사회 환원 빈도", 30, null, null, List.of("연 2회 이상", "연 1회", "없음"), now)),
				store.save(new Indicator(center, year, IndicatorArea.INNOVATION, IndicatorKind.YES_NO,
						"새 서비스·제품 출시", 20, null, null, null, now)),
				store.save(new Indicator(center, year, IndicatorArea.INNOVATION, IndicatorKind.TEXT,
						"올해의 혁신 사례", 0, null, null, null, now)));
	}
}
