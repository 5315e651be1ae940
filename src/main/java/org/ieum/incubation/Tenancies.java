package org.ieum.incubation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.programs.AwardeeSelected;
import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenancy's life: the offer a selection makes, the awardee's answer, extensions, the
 * move-in checklist and the exit ({@link OfficeAssignments} puts the tenant into an office).
 * Staff act only on tenancies of centers they staff; a tenant only on their own.
 */
@Service
@Transactional
public class Tenancies {

	private static final Logger log = LoggerFactory.getLogger(Tenancies.class);

	private final TenancyRepository tenancies;
	private final ChecklistItemRepository checklist;
	private final ExtensionRepository extensions;
	private final IdentityApi identity;
	private final IncubationProperties properties;
	private final Clock clock;

	Tenancies(TenancyRepository tenancies, ChecklistItemRepository checklist, ExtensionRepository extensions,
			IdentityApi identity, IncubationProperties properties, Clock clock) {
		this.tenancies = tenancies;
		this.checklist = checklist;
		this.extensions = extensions;
		this.identity = identity;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Creates the offer for an incubation awardee once: a repeated delivery of the same
	 * selection (the event registry retries until a listener succeeds) finds the offer and
	 * changes nothing. The unique key on application_id stops two deliveries racing.
	 */
	Tenancy offer(AwardeeSelected event) {
		return tenancies.findByApplicationId(event.applicationId()).orElseGet(() -> {
			Tenancy offer = tenancies.save(Tenancy.offer(event, clock.instant()));
			log.info("Incubation offer {} for application {} of call {}", offer.getId(), event.applicationId(),
					event.callId());
			return offer;
		});
	}

	/** Staff record a tenant selected outside Ieum; an e-mail of an existing account links the tenancy to it. */
	Tenancy record(long centerId, String tenantName, String contactEmail) {
		Authorities.requireCenterStaff(centerId);
		Long accountId = contactEmail == null ? null : identity.findAccountIdByEmail(contactEmail).orElse(null);
		return tenancies.save(Tenancy.recorded(centerId, tenantName, accountId, contactEmail, clock.instant()));
	}

	void accept(long tenancyId, CurrentUser me) {
		tenancyOf(tenancyId, me).accept(me.email(), clock.instant());
	}

	void decline(long tenancyId, CurrentUser me) {
		tenancyOf(tenancyId, me).decline(clock.instant());
	}

	/** Staff record the awardee's answer given by phone or on paper. */
	void recordAnswer(long tenancyId, boolean accepted, String contactEmail) {
		Tenancy tenancy = tenancyToManage(tenancyId);
		if (accepted) {
			tenancy.accept(contactEmail, clock.instant());
		}
		else {
			tenancy.decline(clock.instant());
		}
	}

	/** One year from the start, ending the day before the anniversary (2026-03-01 → 2027-02-28). */
	public static LocalDate defaultEnd(LocalDate startsOn) {
		return startsOn.plusYears(1).minusDays(1);
	}

	LocalDate latestEnd(LocalDate startsOn) {
		return startsOn.plusMonths(properties.maxMonths()).minusDays(1);
	}

	void extend(long tenancyId, LocalDate newEnd, String reason, CurrentUser by) {
		Tenancy tenancy = tenancyToManage(tenancyId);
		LocalDate previous = tenancy.extendTo(newEnd, latestEnd(tenancy.getStartsOn()));
		extensions.save(new Extension(tenancyId, previous, newEnd, reason, clock.instant(), by.accountId()));
	}

	void changeFee(long tenancyId, long monthlyFeeWon) {
		tenancyToManage(tenancyId).changeFee(monthlyFeeWon);
	}

	void tick(long tenancyId, long itemId, boolean done, CurrentUser by) {
		tenancyToManage(tenancyId);
		ChecklistItem item = checklist.findById(itemId).filter(i -> i.getTenancyId() == tenancyId)
			.orElseThrow(() -> Refusal.notFound("incubation.error.noTenancy"));
		item.tick(done, by.accountId(), clock.instant());
	}

	void addChecklistItem(long tenancyId, String label) {
		Tenancy tenancy = tenancyToManage(tenancyId);
		if (tenancy.getStatus() != TenancyStatus.ACTIVE) {
			throw new Refusal("incubation.error.state");
		}
		int next = checklist.findByTenancyIdOrderBySortOrderAscIdAsc(tenancyId).size() + 1;
		checklist.save(ChecklistItem.custom(tenancyId, label, next));
	}

	/** The standard move-in checklist (keys, contract, equipment) of a tenant who just got an office. */
	void startChecklist(long tenancyId) {
		int order = 1;
		for (String code : ChecklistItem.STANDARD) {
			checklist.save(ChecklistItem.standard(tenancyId, code, order++));
		}
	}

	void end(long tenancyId, ExitOutcome outcome, LocalDate on, String note) {
		tenancyToManage(tenancyId).end(outcome, on, note);
	}

	/** The tenancy, after checking that the current user is staff of its center (403 otherwise). */
	@Transactional(readOnly = true)
	Tenancy tenancyToManage(long tenancyId) {
		Tenancy tenancy = tenancies.findById(tenancyId)
			.orElseThrow(() -> Refusal.notFound("incubation.error.noTenancy"));
		Authorities.requireCenterStaff(tenancy.getCenterId());
		return tenancy;
	}

	/**
	 * A tenant's own tenancy. Someone else's answers as if it did not exist, so a guessed
	 * number tells nothing.
	 */
	@Transactional(readOnly = true)
	Tenancy tenancyOf(long tenancyId, CurrentUser me) {
		return tenancies.findById(tenancyId).filter(t -> t.belongsTo(me.accountId()))
			.orElseThrow(() -> Refusal.notFound("incubation.error.noTenancy"));
	}

	@Transactional(readOnly = true)
	List<Tenancy> mine(CurrentUser me) {
		return tenancies.findByTenantAccountIdOrderByOfferedAtDescIdDesc(me.accountId());
	}

	@Transactional(readOnly = true)
	List<Tenancy> ofCenter(long centerId) {
		Authorities.requireCenterStaff(centerId);
		return tenancies.findByCenterIdOrderByOfferedAtDescIdDesc(centerId);
	}

	@Transactional(readOnly = true)
	List<ChecklistItem> checklistOf(long tenancyId) {
		return checklist.findByTenancyIdOrderBySortOrderAscIdAsc(tenancyId);
	}

	@Transactional(readOnly = true)
	List<Extension> extensionsOf(long tenancyId) {
		return extensions.findByTenancyIdOrderByExtendedAtAscIdAsc(tenancyId);
	}
}
