package org.ieum.governance.giveback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.enterprises.BusinessNumber;
import org.ieum.enterprises.EnterprisesApi;
import org.ieum.enterprises.OrganizationSummary;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Give-back projects (사회적가치 환원사업): an organization's managers report what they gave back to
 * the community for each center that supports them; staff accept or return each one, or enter a
 * project themselves. Accepted projects are the center's give-back figures.
 */
@Service
@Transactional
public class GiveBacks {

	private final GiveBackRepository projects;
	private final EnterprisesApi enterprises;
	private final CentersApi centers;
	private final Clock clock;

	GiveBacks(GiveBackRepository projects, EnterprisesApi enterprises, CentersApi centers, Clock clock) {
		this.projects = projects;
		this.enterprises = enterprises;
		this.centers = centers;
		this.clock = clock;
	}

	public record Row(long id, long centerId, String centerName, long organizationId, String organizationName,
			String title, String beneficiaries, LocalDate startsOn, LocalDate endsOn, int hours, long amountWon,
			String description, GiveBackStatus status, String reviewNote) {

		public boolean editable() {
			return status != GiveBackStatus.ACCEPTED;
		}
	}

	/** A center's projects begun in a year, with the totals of the accepted ones. */
	public record YearList(int year, List<Row> projects, long accepted, long hours, long amountWon) {
	}

	/** An organization and a center that supports it: where its managers may report a project. */
	public record Place(long organizationId, long centerId, String label) {
	}

	public record Mine(List<Place> places, List<Row> projects) {
	}

	public int firstYear() {
		return 2000;
	}

	public int checkYear(int year) {
		int last = Seoul.today(clock).getYear();
		if (year < firstYear() || year > last) {
			throw new Refusal("governance.giveback.error.year", firstYear(), last);
		}
		return year;
	}

	@Transactional(readOnly = true)
	public YearList year(long centerId, int year) {
		Authorities.requireCenterStaff(centerId);
		checkYear(year);
		List<GiveBack> found = projects.findByCenterIdInAndStartsOnBetweenOrderByStartsOnDescIdDesc(Set.of(centerId),
				LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		List<GiveBack> accepted = found.stream().filter(p -> p.getStatus() == GiveBackStatus.ACCEPTED).toList();
		String centerName = centerName(centerId);
		return new YearList(year, found.stream().map(p -> row(p, centerName)).toList(), accepted.size(),
				accepted.stream().mapToLong(GiveBack::getHours).sum(),
				accepted.stream().mapToLong(GiveBack::getAmountWon).sum());
	}

	/**
	 * Staff enter a project of an organization of their center, found by its business registration
	 * number; it counts at once.
	 */
	public GiveBack record(long centerId, String businessNumber, GiveBack.Details details, long accountId) {
		Authorities.requireCenterStaff(centerId);
		OrganizationSummary organization = BusinessNumber.parse(businessNumber == null ? "" : businessNumber)
			.flatMap(n -> enterprises.findByBusinessNumber(n).stream().filter(o -> o.centerIds().contains(centerId))
				.findFirst())
			.orElseThrow(() -> new Refusal("governance.giveback.error.organizationUnknown"));
		checkDays(details);
		return projects.save(GiveBack.recordedByStaff(centerId, organization.id(), organization.name(), details,
				accountId, clock.instant()));
	}

	public void accept(long id, String note) {
		toManage(id).accept(note);
	}

	public void returnToOrganization(long id, String note) {
		if (note == null) {
			throw new Refusal("governance.giveback.error.returnNote");
		}
		toManage(id).returnWith(note);
	}

	/** The organizations this account manages, at each center that supports them, and their projects. */
	@Transactional(readOnly = true)
	public Mine mine(long accountId) {
		List<Place> places = new ArrayList<>();
		List<Long> organizationIds = new ArrayList<>();
		for (OrganizationSummary organization : enterprises.managedBy(accountId)) {
			organizationIds.add(organization.id());
			for (long centerId : organization.centerIds().stream().sorted().toList()) {
				places.add(new Place(organization.id(), centerId, organization.name() + " · " + centerName(centerId)));
			}
		}
		List<Row> rows = organizationIds.isEmpty() ? List.of()
				: projects.findByOrganizationIdInOrderByStartsOnDescIdDesc(organizationIds).stream()
					.map(p -> row(p, centerName(p.getCenterId())))
					.toList();
		return new Mine(places, rows);
	}

	/** The managers report a project for a center that supports their organization; staff review it. */
	public GiveBack report(long organizationId, long centerId, GiveBack.Details details, long accountId) {
		OrganizationSummary organization = enterprises.findById(organizationId)
			.filter(o -> enterprises.isManager(organizationId, accountId) && o.centerIds().contains(centerId))
			.orElseThrow(() -> new Refusal("governance.giveback.error.placeUnknown"));
		checkDays(details);
		return projects.save(GiveBack.reported(centerId, organizationId, organization.name(), details, accountId,
				clock.instant()));
	}

	@Transactional(readOnly = true)
	public Row project(long id, long accountId) {
		GiveBack project = managedBy(id, accountId);
		return row(project, centerName(project.getCenterId()));
	}

	public void correct(long id, GiveBack.Details details, long accountId) {
		checkDays(details);
		managedBy(id, accountId).correct(details, accountId, clock.instant());
	}

	/** A project is reported after it began, and not before the years the figures cover. */
	private void checkDays(GiveBack.Details details) {
		LocalDate today = Seoul.today(clock);
		if (details.startsOn().isAfter(today) || details.startsOn().getYear() < firstYear()) {
			throw new Refusal("governance.giveback.error.startsOn", firstYear());
		}
	}

	private GiveBack managedBy(long id, long accountId) {
		return projects.findById(id).filter(p -> enterprises.isManager(p.getOrganizationId(), accountId))
			.orElseThrow(() -> Refusal.notFound("governance.giveback.error.notFound"));
	}

	private GiveBack toManage(long id) {
		GiveBack project = projects.findById(id)
			.orElseThrow(() -> Refusal.notFound("governance.giveback.error.notFound"));
		if (!Authorities.canManageCenter(project.getCenterId())) {
			throw Refusal.notFound("governance.giveback.error.notFound");
		}
		return project;
	}

	private String centerName(long centerId) {
		return centers.findById(centerId).map(CenterSummary::name).orElse("");
	}

	static Row row(GiveBack p, String centerName) {
		return new Row(p.getId(), p.getCenterId(), centerName, p.getOrganizationId(), p.getOrganizationName(),
				p.getTitle(), p.getBeneficiaries(), p.getStartsOn(), p.getEndsOn(), p.getHours(), p.getAmountWon(),
				p.getDescription(), p.getStatus(), p.getReviewNote());
	}
}
