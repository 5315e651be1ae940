package org.ieum.incubation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.ieum.shared.Notification;
import org.ieum.shared.NotificationKind;
import org.ieum.shared.Notifier;
import org.ieum.shared.web.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff put an accepted tenant into an office of the tenancy's center: a free seat, the term, the fee. */
@Service
@Transactional
class OfficeAssignments {

	private final Tenancies lifecycle;
	private final TenancyRepository tenancies;
	private final OfficeRepository offices;
	private final Notifier notifier;
	private final MessageSource messages;
	private final String baseUrl;

	OfficeAssignments(Tenancies lifecycle, TenancyRepository tenancies, OfficeRepository offices, Notifier notifier,
			MessageSource messages, @Value("${ieum.base-url}") String baseUrl) {
		this.lifecycle = lifecycle;
		this.tenancies = tenancies;
		this.offices = offices;
		this.notifier = notifier;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	/**
	 * Puts an accepted tenant into an office. The office row is locked first, so concurrent
	 * assignments to one office queue here and the second finds no free seat; the unique
	 * (office, seat) key would stop it even without the lock.
	 */
	void assign(long tenancyId, long officeId, LocalDate startsOn, LocalDate endsOn, long monthlyFeeWon,
			Integer employeesAtMoveIn) {
		Tenancy tenancy = lifecycle.tenancyToManage(tenancyId);
		Office office = offices.lockById(officeId).orElseThrow(() -> Refusal.notFound("incubation.error.noOffice"));
		if (office.getCenterId() != tenancy.getCenterId() || !office.isActive()) {
			throw Refusal.notFound("incubation.error.noOffice");
		}
		Set<Integer> taken = new HashSet<>();
		tenancies.findByOfficeIdAndStatus(officeId, TenancyStatus.ACTIVE).forEach(t -> taken.add(t.getSeatNo()));
		int seat = 1;
		while (taken.contains(seat)) {
			seat++;
		}
		if (seat > office.getCapacity()) {
			throw new Refusal(office.getKind() == OfficeKind.ROOM ? "incubation.error.officeTaken"
					: "incubation.error.virtualFull", office.getName());
		}
		LocalDate end = endsOn != null ? endsOn : Tenancies.defaultEnd(startsOn);
		tenancy.assign(officeId, seat, startsOn, end, monthlyFeeWon, employeesAtMoveIn, lifecycle.latestEnd(startsOn));
		lifecycle.startChecklist(tenancyId);
		if (tenancy.getContactEmail() != null) {
			Object[] args = { tenancy.getTenantName(), office.getName(), tenancy.getStartsOn(), tenancy.getEndsOn(),
					baseUrl + "/my/incubation" };
			notifier.send(Notification.to(tenancy.getContactEmail(), NotificationKind.OFFICE_ASSIGNED,
					tenancy.getCenterId(), messages.getMessage("incubation.mail.assigned.subject", args, Locale.KOREAN),
					messages.getMessage("incubation.mail.assigned.body", args, Locale.KOREAN), "/my/incubation"));
		}
	}
}
