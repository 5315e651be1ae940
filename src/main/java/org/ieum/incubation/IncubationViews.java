package org.ieum.incubation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the incubation pages show; templates never receive entities. */
final class IncubationViews {

	private IncubationViews() {
	}

	record OfficeView(long id, long siteId, String siteName, String name, OfficeKind kind, BigDecimal areaM2, int desks,
			String equipment, int capacity, boolean active, int taken) {

		public int free() {
			return active ? Math.max(0, capacity - taken) : 0;
		}

		public boolean vacant() {
			return free() > 0;
		}
	}

	/** Who is in an office: staff see names, the public page never receives this. */
	record Occupant(long tenancyId, String tenantName, LocalDate startsOn, LocalDate endsOn) {
	}

	record OfficeOccupancy(OfficeView office, List<Occupant> occupants) {
	}

	record SiteOccupancy(long siteId, String siteName, List<OfficeOccupancy> offices) {
	}

	record TenancyRow(long id, String tenantName, TenancyStatus status, String callTitle, String officeName,
			LocalDate startsOn, LocalDate endsOn, ExitOutcome exitOutcome, LocalDate exitedOn) {
	}

	/** A report whose due date passed without a submission, for staff to follow up. */
	record OverdueReport(long tenancyId, String tenantName, int periodNo, LocalDate due) {
	}

	record ChecklistView(long id, String code, String label, boolean done, LocalDate doneOn) {
	}

	record ExtensionView(LocalDate previousEnd, LocalDate newEnd, String reason, LocalDate extendedOn) {
	}

	record PeriodView(int number, LocalDate start, LocalDate end, LocalDate due, boolean open, boolean overdue,
			boolean submitted, Integer employees, Long revenueWon, String milestones, LocalDate submittedOn) {
	}

	record TenancyView(long id, long centerId, String centerName, String tenantName, String contactEmail,
			boolean linkedAccount, TenancyStatus status, String callTitle, String receiptNumber,
			LocalDate offeredOn, LocalDate decidedOn, Long officeId, String officeName,
			OfficeKind officeKind, String siteName, LocalDate startsOn, LocalDate endsOn, long monthlyFeeWon,
			Integer employeesAtMoveIn, ExitOutcome exitOutcome, LocalDate exitedOn, String exitNote,
			LocalDate latestEnd, List<ChecklistView> checklist, List<ExtensionView> extensions,
			List<PeriodView> periods) {

		public boolean free() {
			return monthlyFeeWon == 0;
		}
	}
}
