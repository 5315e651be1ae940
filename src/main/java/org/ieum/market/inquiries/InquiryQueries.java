package org.ieum.market.inquiries;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.ieum.enterprises.EnterprisesApi;
import org.ieum.enterprises.OrganizationSummary;
import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pages' reads of inquiries. The buyer's contact details are personal data: every read that shows them, in full
 * or masked, writes its access-log entry in the same (read-write) transaction; lists show them masked.
 */
@Service
@Transactional
class InquiryQueries {

	static final int PAGE_SIZE = 50;

	private final InquiryRepository inquiries;
	private final EnterprisesApi enterprises;
	private final IdentityApi identity;
	private final AnswerDeadlines deadlines;
	private final Clock clock;

	InquiryQueries(InquiryRepository inquiries, EnterprisesApi enterprises, IdentityApi identity,
			AnswerDeadlines deadlines, Clock clock) {
		this.inquiries = inquiries;
		this.enterprises = enterprises;
		this.identity = identity;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	/** One inquiry in a list; contacts masked (김**, 010-****-5678, ab***@example.com). */
	record Row(long id, String productName, String organizationName, String buyerOrganization, String contactName,
			String phone, String email, String quantity, LocalDate neededBy, LocalDateTime receivedAt,
			LocalDate answerDue, boolean answered, boolean overdue, boolean contactsErased) {
	}

	/** One inquiry in full, for the organization's manager who answers it. */
	record Detail(long id, String productName, String organizationName, String buyerOrganization, String contactName,
			String phone, String email, String quantity, LocalDate neededBy, String message, LocalDateTime receivedAt,
			String answer, LocalDateTime answeredAt, boolean contactsErased) {
	}

	/** What the buyer's private link shows: what was asked and the answer, not the contacts. */
	record BuyerView(String productName, String organizationName, String buyerOrganization, String quantity,
			LocalDate neededBy, String message, LocalDateTime receivedAt, String answer, LocalDateTime answeredAt) {
	}

	/** The inquiries to the organizations this account manages, newest first. */
	List<Row> ofOrganizationsManagedBy(long accountId) {
		List<Long> mine = enterprises.managedBy(accountId).stream().map(OrganizationSummary::id).toList();
		if (mine.isEmpty()) {
			return List.of();
		}
		List<Row> rows = rows(inquiries.findByOrganizationIdInOrderByReceivedAtDesc(mine));
		if (!rows.isEmpty()) {
			identity.recordPersonalDataAccess(null, PersonalDataAction.LIST,
					"market inquiries of the organizations managed (" + rows.size() + ")", null);
		}
		return rows;
	}

	/** One inquiry with the buyer's contacts, for a manager of the organization asked (403 for anyone else). */
	Detail forManager(long inquiryId, long accountId) {
		Inquiry i = inquiries.findById(inquiryId).orElseThrow(() -> Refusal.notFound("market.inquiry.error.unknown"));
		if (!enterprises.isManager(i.getOrganizationId(), accountId)) {
			throw new AccessDeniedException("not a manager of the organization asked");
		}
		if (i.getContactsErasedAt() == null) {
			identity.recordPersonalDataAccess(null, PersonalDataAction.VIEW, "market inquiry " + i.getId(), null);
		}
		return new Detail(i.getId(), i.getProductName(), i.getOrganizationName(), i.getBuyerOrganization(),
				i.getContactName(), i.getContactPhone(), i.getContactEmail(), i.getQuantity(), i.getNeededBy(),
				i.getMessage(), local(i.getReceivedAt()), i.getAnswer(),
				i.getAnsweredAt() == null ? null : local(i.getAnsweredAt()), i.getContactsErasedAt() != null);
	}

	/** A center's inquiries (and those of the centers below it), the unanswered first, the overdue marked. */
	Page<Row> ofCenters(Set<Long> centers, int page) {
		Page<Inquiry> found = inquiries.ofCenters(centers, PageRequest.of(Math.max(0, page), PAGE_SIZE));
		List<Row> rows = rows(found.getContent());
		if (!rows.isEmpty()) {
			identity.recordPersonalDataAccess(null, PersonalDataAction.LIST,
					"market inquiries of centers " + centers + " page " + page + " (masked)", null);
		}
		return new org.springframework.data.domain.PageImpl<>(rows, found.getPageable(), found.getTotalElements());
	}

	/** The inquiry behind a private link, if the token is one. */
	@Transactional(readOnly = true)
	Optional<BuyerView> byToken(String token) {
		if (token == null || token.length() < 20 || token.length() > 64) {
			return Optional.empty();
		}
		return inquiries.findByToken(token).map(i -> new BuyerView(i.getProductName(), i.getOrganizationName(),
				i.getBuyerOrganization(), i.getQuantity(), i.getNeededBy(), i.getMessage(), local(i.getReceivedAt()),
				i.getAnswer(), i.getAnsweredAt() == null ? null : local(i.getAnsweredAt())));
	}

	LocalDate today() {
		return Seoul.today(clock);
	}

	private List<Row> rows(List<Inquiry> found) {
		LocalDate today = today();
		Map<Long, Predicate<LocalDate>> calendars = new HashMap<>();
		return found.stream().map(i -> {
			LocalDate due = AnswerDeadlines.due(Seoul.at(i.getReceivedAt()).toLocalDate(), AnswerDeadlines.WORKING_DAYS,
					calendars.computeIfAbsent(i.getCenterId(), deadlines::closedDays));
			return new Row(i.getId(), i.getProductName(), i.getOrganizationName(), i.getBuyerOrganization(),
					maskName(i.getContactName()), maskPhone(i.getContactPhone()), maskEmail(i.getContactEmail()),
					i.getQuantity(), i.getNeededBy(), local(i.getReceivedAt()), due, i.answered(),
					!i.answered() && today.isAfter(due), i.getContactsErasedAt() != null);
		}).toList();
	}

	private static LocalDateTime local(java.time.Instant instant) {
		return Seoul.at(instant).toLocalDateTime().withNano(0);
	}

	static String maskName(String name) {
		if (name == null) {
			return null;
		}
		int first = name.offsetByCodePoints(0, 1);
		return name.substring(0, first) + "*".repeat(Math.max(2, name.codePointCount(first, name.length())));
	}

	static String maskPhone(String phone) {
		if (phone == null) {
			return null;
		}
		String digits = phone.replaceAll("[^0-9]", "");
		return digits.length() <= 4 ? "****" : "***-****-" + digits.substring(digits.length() - 4);
	}

	static String maskEmail(String email) {
		if (email == null) {
			return null;
		}
		int at = email.indexOf('@');
		String local = email.substring(0, Math.max(0, at));
		return local.substring(0, Math.min(2, local.length())) + "***" + email.substring(at);
	}
}
