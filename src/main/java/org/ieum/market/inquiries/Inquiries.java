package org.ieum.market.inquiries;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.ieum.enterprises.EnterprisesApi;
import org.ieum.identity.IdentityApi;
import org.ieum.market.catalog.Listing;
import org.ieum.market.catalog.ListingRepository;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Buyers' inquiries about a product: a visitor sends one from the product page or the API without an account, the
 * selling organization's managers answer it once. Every refusal is a Korean message and records nothing.
 */
@Service
@Transactional
public class Inquiries {

	static final int MAX_BUYER = 100;
	static final int MAX_NAME = 50;
	static final int MAX_PHONE = 30;
	static final int MAX_EMAIL = 200;
	static final int MAX_QUANTITY = 50;
	static final int MAX_TEXT = 2000;

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{6,28}");
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	private static final SecureRandom RANDOM = new SecureRandom();

	private final InquiryRepository inquiries;
	private final ListingRepository listings;
	private final EnterprisesApi enterprises;
	private final IdentityApi identity;
	private final InquiryMails mails;
	private final Clock clock;

	Inquiries(InquiryRepository inquiries, ListingRepository listings, EnterprisesApi enterprises, IdentityApi identity,
			InquiryMails mails, Clock clock) {
		this.inquiries = inquiries;
		this.listings = listings;
		this.enterprises = enterprises;
		this.identity = identity;
		this.mails = mails;
		this.clock = clock;
	}

	/** What a buyer writes; blank texts count as missing. */
	public record Terms(String buyerOrganization, String contactName, String phone, String email, String quantity,
			LocalDate neededBy, String message) {

		Terms cleaned() {
			return new Terms(clean(buyerOrganization), clean(contactName), clean(phone),
					clean(email) == null ? null : clean(email).toLowerCase(Locale.ROOT), clean(quantity), neededBy,
					clean(message));
		}
	}

	/** A sent inquiry: its number and the buyer's private page (its path holds the token), which only the buyer receives. */
	public record Receipt(long id, String privatePath) {
	}

	/** Too many inquiries from one client or to one contact in a short time: 429 on the API. */
	static final class TooMany extends Refusal {

		TooMany() {
			super(HttpStatus.TOO_MANY_REQUESTS, null, "market.inquiry.error.tooMany");
		}
	}

	/**
	 * Sends an inquiry about a product shown in this scope (a portal's centers; null for the whole network) and
	 * tells the organization's managers, the center's staff and the buyer (with the private link).
	 */
	public Receipt send(long productId, Set<Long> scope, Terms raw) {
		Listing listing = listings.findById(productId)
			.filter(l -> scope == null || l.shownIn(scope))
			.orElseThrow(() -> Refusal.notFound("market.inquiry.error.unknownProduct"));
		Terms terms = check(raw == null ? new Terms(null, null, null, null, null, null, null) : raw.cleaned());
		if (!identity.allowVisitorMessage(terms.email() != null ? terms.email() : terms.phone().replaceAll("[^0-9]", ""))) {
			throw new TooMany();
		}
		long centerId = listing.getCenterIds().stream()
			.filter(c -> scope == null || scope.contains(c))
			.min(Comparator.naturalOrder())
			.orElseThrow(() -> Refusal.notFound("market.inquiry.error.unknownProduct"));
		String token = newToken();
		Inquiry inquiry = inquiries.save(new Inquiry(token, productId, listing.getName(), listing.getOrganizationId(),
				listing.getOrganizationName(), centerId, terms, clock.instant()));
		mails.received(inquiry);
		return new Receipt(inquiry.getId(), mails.privatePath(inquiry));
	}

	/**
	 * For the demo data only: an inquiry as if it had arrived at that time (and been answered then, when an answer is
	 * given), under the same checks but without the limits and without mails. Returns its id.
	 */
	public long recordForDemo(long productId, Terms raw, java.time.Instant receivedAt, String answer,
			java.time.Instant answeredAt) {
		Listing listing = listings.findById(productId)
			.orElseThrow(() -> Refusal.notFound("market.inquiry.error.unknownProduct"));
		Terms terms = check(raw.cleaned());
		long centerId = listing.getCenterIds().stream().min(Comparator.naturalOrder())
			.orElseThrow(() -> Refusal.notFound("market.inquiry.error.unknownProduct"));
		Inquiry inquiry = inquiries.save(new Inquiry(newToken(), productId, listing.getName(),
				listing.getOrganizationId(), listing.getOrganizationName(), centerId, terms, receivedAt));
		if (answer != null) {
			inquiry.answer(answer, 0L, answeredAt);
		}
		return inquiry.getId();
	}

	/** The organization's answer, once, by one of its managers (403 for anyone else). */
	public void answer(long inquiryId, long accountId, String text) {
		Inquiry inquiry = inquiries.findById(inquiryId)
			.orElseThrow(() -> Refusal.notFound("market.inquiry.error.unknown"));
		if (!enterprises.isManager(inquiry.getOrganizationId(), accountId)) {
			throw new AccessDeniedException("not a manager of the organization asked");
		}
		String answer = clean(text);
		if (answer == null) {
			throw new Refusal("market.inquiry.error.noAnswer");
		}
		if (answer.length() > MAX_TEXT) {
			throw new Refusal("market.inquiry.error.answerTooLong", MAX_TEXT);
		}
		if (inquiry.answered()) {
			throw new Refusal("market.inquiry.error.answered");
		}
		inquiry.answer(answer, accountId, clock.instant());
		mails.answered(inquiry);
	}

	private Terms check(Terms t) {
		if (t.buyerOrganization() == null) {
			throw new Refusal("market.inquiry.error.noBuyer");
		}
		if (t.buyerOrganization().length() > MAX_BUYER) {
			throw new Refusal("market.inquiry.error.buyerTooLong", MAX_BUYER);
		}
		if (t.contactName() == null) {
			throw new Refusal("market.inquiry.error.noContactName");
		}
		if (t.contactName().length() > MAX_NAME) {
			throw new Refusal("market.inquiry.error.contactNameTooLong", MAX_NAME);
		}
		if (t.phone() == null && t.email() == null) {
			throw new Refusal("market.inquiry.error.noContact");
		}
		if (t.phone() != null && (t.phone().length() > MAX_PHONE || !PHONE.matcher(t.phone()).matches())) {
			throw new Refusal("market.inquiry.error.phone", t.phone());
		}
		if (t.email() != null && (t.email().length() > MAX_EMAIL || !EMAIL.matcher(t.email()).matches())) {
			throw new Refusal("market.inquiry.error.email", t.email());
		}
		if (t.quantity() == null) {
			throw new Refusal("market.inquiry.error.noQuantity");
		}
		if (t.quantity().length() > MAX_QUANTITY) {
			throw new Refusal("market.inquiry.error.quantityTooLong", MAX_QUANTITY);
		}
		if (t.neededBy() == null) {
			throw new Refusal("market.inquiry.error.noNeededBy");
		}
		LocalDate today = Seoul.today(clock);
		if (t.neededBy().isBefore(today)) {
			throw new Refusal("market.inquiry.error.neededByPast", t.neededBy());
		}
		if (t.neededBy().isAfter(today.plusYears(5))) {
			throw new Refusal("market.inquiry.error.neededByFar", t.neededBy());
		}
		if (t.message() == null) {
			throw new Refusal("market.inquiry.error.noMessage");
		}
		if (t.message().length() > MAX_TEXT) {
			throw new Refusal("market.inquiry.error.messageTooLong", MAX_TEXT);
		}
		return t;
	}

	private static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String clean(String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		return stripped.isEmpty() ? null : stripped;
	}
}
