package org.ieum.governance.assessments;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.enterprises.EnterprisesApi;
import org.ieum.enterprises.OrganizationSummary;
import org.ieum.governance.core.GovernanceFiles;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.files.DownloadNames;
import org.ieum.shared.files.FileArea;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The social-value self-assessment: staff set a center's indicators for a year; an organization's
 * managers answer them once a year with an evidence file; staff return or accept. The score is the
 * weighted share of what the answers earn, out of 100.
 */
@Service
@Transactional
public class Assessments {

	private final IndicatorRepository indicators;
	private final AssessmentRepository assessments;
	private final EnterprisesApi enterprises;
	private final CentersApi centers;
	private final GovernanceFiles files;
	private final Clock clock;

	public Assessments(IndicatorRepository indicators, AssessmentRepository assessments, EnterprisesApi enterprises,
			CentersApi centers, GovernanceFiles files, Clock clock) {
		this.centers = centers;
		this.indicators = indicators;
		this.assessments = assessments;
		this.enterprises = enterprises;
		this.files = files;
		this.clock = clock;
	}

	public record IndicatorTerms(IndicatorArea area, IndicatorKind kind, String title, int weight, Integer minValue,
			Integer maxValue, List<String> choices) {
	}

	public record Upload(byte[] bytes, String name) {
	}

	public record Row(long id, long organizationId, String organizationName, int year, AssessmentStatus status,
			int score, Grade grade, String reviewNote) {
	}

	public record AnswerRow(Indicator indicator, String answer) {
	}

	public record Review(Row assessment, long centerId, String evidenceName, List<AnswerRow> answers) {
	}

	public record YearSet(int year, List<Indicator> indicators, List<Row> assessments) {
	}

	public record Form(OrganizationSummary organization, long centerId, String centerName, int year, List<AnswerRow> answers, Row current) {
	}

	public record Open(OrganizationSummary organization, long centerId, String centerName, int year, Row current) {
	}

	public record Download(String name, String type, byte[] bytes) {
	}

	public record OrganizationResults(long organizationId, String name, List<Row> results) {
	}

	/** The first and last year a set of indicators may be made for. */
	public int lastYear() {
		return Seoul.today(clock).getYear() + 1;
	}

	public int checkYear(int year) {
		if (year < 2000 || year > lastYear()) {
			throw new Refusal("governance.error.assessmentYear", 2000, lastYear());
		}
		return year;
	}

	public Indicator addIndicator(long centerId, int year, IndicatorTerms terms) {
		Authorities.requireCenterStaff(centerId);
		checkYear(year);
		if (assessments.existsByCenterIdAndYear(centerId, year)) {
			throw new Refusal("governance.error.indicatorsLocked");
		}
		return indicators.save(new Indicator(centerId, year, terms.area(), terms.kind(), terms.title(), terms.weight(),
				terms.minValue(), terms.maxValue(), terms.choices(), clock.instant()));
	}

	@Transactional(readOnly = true)
	public YearSet yearSet(long centerId, int year) {
		Authorities.requireCenterStaff(centerId);
		checkYear(year);
		return new YearSet(year, setOf(centerId, year),
				assessments.findByCenterIdAndYearOrderByOrganizationNameAscIdAsc(centerId, year).stream()
					.map(Assessments::row).toList());
	}

	@Transactional(readOnly = true)
	public Review review(long assessmentId) {
		Assessment assessment = toManage(assessmentId);
		return new Review(row(assessment), assessment.getCenterId(), assessment.getEvidenceName(),
				answers(assessment.getCenterId(), assessment.getYear(), assessment));
	}

	public void returnToOrganization(long assessmentId, String note) {
		if (note == null) {
			throw new Refusal("governance.error.returnNote");
		}
		toManage(assessmentId).returnWith(note);
	}

	public void accept(long assessmentId, String note) {
		toManage(assessmentId).accept(note);
	}

	/** Every year's result of an organization that the signed-in staff member's centers hold. */
	@Transactional(readOnly = true)
	public OrganizationResults organization(long organizationId) {
		List<Row> rows = assessments.findByOrganizationIdOrderByYearDescIdDesc(organizationId).stream()
			.filter(a -> Authorities.canManageCenter(a.getCenterId()))
			.map(Assessments::row)
			.toList();
		if (rows.isEmpty()) {
			throw Refusal.notFound("governance.error.assessmentNotFound");
		}
		String name = enterprises.findById(organizationId).map(OrganizationSummary::name)
			.orElseThrow(() -> Refusal.notFound("governance.error.assessmentNotFound"));
		return new OrganizationResults(organizationId, name, rows);
	}

	@Transactional(readOnly = true)
	public Download evidence(long assessmentId, long accountId) {
		Assessment assessment = assessments.findById(assessmentId)
			.orElseThrow(() -> Refusal.notFound("governance.error.assessmentNotFound"));
		boolean allowed = Authorities.canManageCenter(assessment.getCenterId())
				|| enterprises.isManager(assessment.getOrganizationId(), accountId);
		if (!allowed || assessment.getEvidenceFile() == null) {
			throw Refusal.notFound("governance.error.assessmentNotFound");
		}
		byte[] bytes = files.read(assessment.getEvidenceFile())
			.orElseThrow(() -> Refusal.notFound("governance.error.assessmentNotFound"));
		return new Download(assessment.getEvidenceName(), assessment.getEvidenceType(), bytes);
	}

	/** The self-assessments this account's organizations may fill this year: one per organization and center. */
	@Transactional(readOnly = true)
	public List<Open> openFor(long accountId) {
		int year = Seoul.today(clock).getYear();
		List<Open> open = new ArrayList<>();
		for (OrganizationSummary organization : enterprises.managedBy(accountId)) {
			for (long centerId : organization.centerIds().stream().sorted().toList()) {
				if (!setOf(centerId, year).isEmpty()) {
					open.add(new Open(organization, centerId, centerName(centerId), year, assessments
						.findByCenterIdAndYearAndOrganizationId(centerId, year, organization.id()).map(Assessments::row)
						.orElse(null)));
				}
			}
		}
		return open;
	}

	@Transactional(readOnly = true)
	public Form form(long organizationId, long centerId, long accountId) {
		OrganizationSummary organization = managed(organizationId, centerId, accountId);
		int year = Seoul.today(clock).getYear();
		Assessment current = assessments.findByCenterIdAndYearAndOrganizationId(centerId, year, organizationId)
			.orElse(null);
		if (setOf(centerId, year).isEmpty()) {
			throw Refusal.notFound("governance.error.assessmentNotFound");
		}
		return new Form(organization, centerId, centerName(centerId), year, answers(centerId, year, current),
				current == null ? null : row(current));
	}

	/**
	 * Submits this year's answers for an organization: every indicator must be answered within its
	 * range; an evidence file is needed the first time. Once submitted, only a return opens it again.
	 */
	public Assessment submit(long organizationId, long centerId, long accountId, Map<Long, String> typed,
			Upload evidence) {
		OrganizationSummary organization = managed(organizationId, centerId, accountId);
		int year = Seoul.today(clock).getYear();
		List<Indicator> set = setOf(centerId, year);
		if (set.isEmpty()) {
			throw Refusal.notFound("governance.error.assessmentNotFound");
		}
		Map<Long, String> read = new LinkedHashMap<>();
		double earned = 0;
		int weights = 0;
		for (Indicator indicator : set) {
			String answer = indicator.read(typed.get(indicator.getId()));
			read.put(indicator.getId(), answer);
			earned += indicator.getWeight() * indicator.fraction(answer);
			weights += indicator.getWeight();
		}
		int score = weights == 0 ? 0 : (int) Math.round(100 * earned / weights);
		Assessment assessment = assessments.findByCenterIdAndYearAndOrganizationId(centerId, year, organizationId)
			.orElseGet(() -> new Assessment(centerId, year, organizationId, organization.name(), accountId));
		if (evidence == null && assessment.getEvidenceFile() == null) {
			throw new Refusal("governance.error.evidenceNeeded");
		}
		assessment.submit(read, score, accountId, clock.instant());
		if (evidence != null) {
			String old = assessment.getEvidenceFile();
			FileArea.StoredFile stored = files.store(evidence.bytes());
			assessment.attach(stored.file(), DownloadNames.of(evidence.name(), stored.file()), stored.type());
			if (old != null) {
				files.deleteAfterCommit(old);
			}
		}
		return assessments.saveAndFlush(assessment);
	}

	private String centerName(long centerId) {
		return centers.findById(centerId).map(CenterSummary::name).orElse("");
	}

	private List<Indicator> setOf(long centerId, int year) {
		return indicators.findByCenterIdAndYearOrderByIdAsc(centerId, year).stream()
			.sorted(Comparator.comparing(Indicator::getArea))
			.toList();
	}

	private OrganizationSummary managed(long organizationId, long centerId, long accountId) {
		OrganizationSummary organization = enterprises.findById(organizationId)
			.filter(o -> enterprises.isManager(organizationId, accountId) && o.centerIds().contains(centerId))
			.orElseThrow(() -> Refusal.notFound("governance.error.assessmentNotFound"));
		return organization;
	}

	private Assessment toManage(long assessmentId) {
		Assessment assessment = assessments.findById(assessmentId)
			.orElseThrow(() -> Refusal.notFound("governance.error.assessmentNotFound"));
		if (!Authorities.canManageCenter(assessment.getCenterId())) {
			throw Refusal.notFound("governance.error.assessmentNotFound");
		}
		return assessment;
	}

	private List<AnswerRow> answers(long centerId, int year, Assessment assessment) {
		return setOf(centerId, year).stream()
			.map(i -> new AnswerRow(i, assessment == null ? null : assessment.getAnswers().get(i.getId())))
			.toList();
	}

	private static Row row(Assessment a) {
		return new Row(a.getId(), a.getOrganizationId(), a.getOrganizationName(), a.getYear(), a.getStatus(),
				a.getScore(), a.grade(), a.getReviewNote());
	}
}
