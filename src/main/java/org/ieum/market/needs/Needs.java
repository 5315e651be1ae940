package org.ieum.market.needs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.ieum.market.catalog.Categories;
import org.ieum.market.procurement.Buyers;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Buyer needs as staff handle them: staff of the buyer's center post a need for a buyer of their register, record
 * the buyer's decision on each response, and close the need, after which every responder hears the outcome
 * (a response without a decision is not selected).
 */
@Service
@Transactional
public class Needs {

	static final int MAX_TITLE = 100;

	private static final Pattern DIGITS = Pattern.compile("[0-9]{1,15}");

	private final NeedRepository needs;
	private final NeedResponseRepository responses;
	private final Buyers buyers;
	private final Categories categories;
	private final NeedMails mails;
	private final Clock clock;

	Needs(NeedRepository needs, NeedResponseRepository responses, Buyers buyers, Categories categories,
			NeedMails mails, Clock clock) {
		this.needs = needs;
		this.responses = responses;
		this.buyers = buyers;
		this.categories = categories;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * What staff say about a need; texts as typed (trimmed here), the budget in whole won as typed or blank.
	 *
	 * @param shownPublicly whether the portal lists it for everyone (without the buyer's contacts); otherwise only
	 *        organizations' managers see it on My page
	 */
	public record Terms(long buyerId, long categoryId, String title, String description, String quantity,
			String budgetWon, LocalDate deadline, String deliveryRegion, boolean shownPublicly) {
	}

	/** What the posting form offers: the center's buyers and the category tree. */
	public record Choices(List<Buyers.View> buyers, List<Categories.Node> categories) {
	}

	@Transactional(readOnly = true)
	public Choices choices(long centerId) {
		Authorities.requireCenterStaff(centerId);
		return new Choices(buyers.of(centerId), categories.tree());
	}

	public long post(long centerId, Terms terms, Long accountId) {
		Authorities.requireCenterStaff(centerId);
		Buyers.View buyer = buyers.of(centerId).stream().filter(b -> b.id() == terms.buyerId()).findFirst()
			.orElseThrow(() -> new Refusal("market.needs.error.buyer"));
		Categories.Node category = categories.tree().stream().filter(n -> n.id() == terms.categoryId()).findFirst()
			.orElseThrow(() -> new Refusal("market.needs.error.category"));
		String title = text(terms.title(), MAX_TITLE, "market.needs.error.title");
		String description = text(terms.description(), 2000, "market.needs.error.description");
		String quantity = text(terms.quantity(), 100, "market.needs.error.quantity");
		String region = text(terms.deliveryRegion(), 100, "market.needs.error.region");
		Long budget = terms.budgetWon() == null || terms.budgetWon().isBlank() ? null : won(terms.budgetWon());
		LocalDate today = Seoul.today(clock);
		if (terms.deadline() == null || terms.deadline().isBefore(today)) {
			throw new Refusal("market.needs.error.deadline", today);
		}
		Terms clean = new Terms(terms.buyerId(), terms.categoryId(), title, description, quantity, null,
				terms.deadline(), region, terms.shownPublicly());
		return needs.save(new Need(centerId, buyer.id(), buyer.name(), category.id(), category.label(), clean, budget,
				accountId, clock.instant())).getId();
	}

	/** The buyer's decision on one response, while the need is open; it may change until the need is closed. */
	public void decide(long responseId, Decision decision) {
		NeedResponse response = responses.findById(responseId)
			.orElseThrow(() -> Refusal.notFound("market.needs.error.unknownResponse"));
		Need need = managed(response.getNeedId());
		need.requireOpen();
		if (decision == null) {
			throw new Refusal("market.needs.error.decision");
		}
		response.decide(decision, clock.instant());
	}

	/**
	 * Closes the need: responses without a decision are not selected, and each responder's managers hear the
	 * outcome. Closed once, also when two staff members close it at the same moment (the need's version).
	 */
	public void close(long needId) {
		Need need = managed(needId);
		need.close(clock.instant());
		needs.saveAndFlush(need);
		for (NeedResponse response : responses.findByNeedIdOrderByRespondedAtAscIdAsc(needId)) {
			if (response.getDecision() == null) {
				response.decide(Decision.NOT_SELECTED, clock.instant());
			}
			mails.decided(need, response);
		}
	}

	Need managed(long needId) {
		Need need = needs.findById(needId).orElseThrow(() -> Refusal.notFound("market.needs.error.unknown"));
		Authorities.requireCenterStaff(need.getCenterId());
		return need;
	}

	private static String text(String typed, int max, String error) {
		String text = typed == null ? "" : typed.strip();
		if (text.isEmpty() || text.length() > max) {
			throw new Refusal(error, max);
		}
		return text;
	}

	/** Whole won as typed ("1,200,000", "30000원"): never negative or with a decimal point. */
	static long won(String typed) {
		String digits = typed == null ? "" : typed.strip().replace(",", "").replace(" ", "");
		if (digits.endsWith("원")) {
			digits = digits.substring(0, digits.length() - 1);
		}
		if (!DIGITS.matcher(digits).matches()) {
			throw new Refusal("market.needs.error.won", typed == null ? "" : typed.strip());
		}
		return Long.parseLong(digits);
	}
}
