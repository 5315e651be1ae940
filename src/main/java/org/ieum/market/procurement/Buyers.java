package org.ieum.market.procurement;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of public buyers a center keeps, and each buyer's yearly target; staff of the center only. */
@Service
@Transactional
public class Buyers {

	static final int MAX_NAME = 100;

	private final BuyerRepository buyers;

	Buyers(BuyerRepository buyers) {
		this.buyers = buyers;
	}

	/** What staff say about a buyer; texts as typed (trimmed here), contacts optional. */
	public record Terms(String name, BuyerKind kind, String sido, String contactName, String contactPhone,
			String contactEmail) {
	}

	/** A buyer as the staff pages show it, with its targets by year. */
	public record View(long id, long centerId, String name, BuyerKind kind, String sido, String contactName,
			String contactPhone, String contactEmail, Map<Integer, Long> targets) {
	}

	public long register(long centerId, Terms terms) {
		Authorities.requireCenterStaff(centerId);
		Terms clean = clean(terms);
		if (buyers.existsByCenterIdAndName(centerId, clean.name())) {
			throw new Refusal("market.error.buyerTaken", clean.name());
		}
		return buyers.save(new Buyer(centerId, clean)).getId();
	}

	public void describe(long buyerId, Terms terms) {
		Buyer buyer = editable(buyerId);
		Terms clean = clean(terms);
		if (buyers.existsByCenterIdAndNameAndIdNot(buyer.getCenterId(), clean.name(), buyerId)) {
			throw new Refusal("market.error.buyerTaken", clean.name());
		}
		buyer.describe(clean);
	}

	/** Sets the buyer's target for a year; the amount is whole won as typed (commas allowed). */
	public void setTarget(long buyerId, int year, String won) {
		Buyer buyer = editable(buyerId);
		if (year < 2000 || year > 2100) {
			throw new Refusal("market.error.year");
		}
		buyer.setTarget(year, Won.parse(won, true));
	}

	@Transactional(readOnly = true)
	public View view(long buyerId) {
		return view(editable(buyerId));
	}

	@Transactional(readOnly = true)
	public List<View> of(long centerId) {
		Authorities.requireCenterStaff(centerId);
		return buyers.findByCenterIdInOrderByNameAscIdAsc(List.of(centerId)).stream().map(Buyers::view).toList();
	}

	/** Buyers' names by id, for lists of purchases. */
	@Transactional(readOnly = true)
	Map<Long, String> names(List<Long> ids) {
		Map<Long, String> names = new java.util.HashMap<>();
		buyers.findAllById(ids).forEach(b -> names.put(b.getId(), b.getName()));
		return names;
	}

	Buyer editable(long buyerId) {
		Buyer buyer = buyers.findById(buyerId).orElseThrow(() -> Refusal.notFound("market.error.unknownBuyer"));
		Authorities.requireCenterStaff(buyer.getCenterId());
		return buyer;
	}

	static View view(Buyer b) {
		return new View(b.getId(), b.getCenterId(), b.getName(), b.getKind(), b.getSido(), b.getContactName(),
				b.getContactPhone(), b.getContactEmail(), new TreeMap<>(b.getTargets()));
	}

	private static Terms clean(Terms terms) {
		String name = trim(terms.name());
		if (name == null) {
			throw new Refusal("market.error.buyerName");
		}
		if (name.length() > MAX_NAME) {
			throw new Refusal("market.error.buyerNameLong", MAX_NAME);
		}
		if (terms.kind() == null) {
			throw new Refusal("market.error.buyerKind");
		}
		String sido = trim(terms.sido());
		if (sido == null || sido.length() > 40) {
			throw new Refusal("market.error.buyerSido");
		}
		String contactName = trim(terms.contactName());
		String phone = trim(terms.contactPhone());
		String email = trim(terms.contactEmail());
		if ((contactName != null && contactName.length() > 50) || (phone != null && phone.length() > 30)
				|| (email != null && email.length() > 200)) {
			throw new Refusal("market.error.contactLong");
		}
		if (phone != null && !phone.matches("[0-9+()\\- ]{7,30}")) {
			throw new Refusal("market.error.contactPhone");
		}
		if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new Refusal("market.error.contactEmail");
		}
		return new Terms(name, terms.kind(), sido, contactName, phone, email);
	}

	static String trim(String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip();
		return t.isEmpty() ? null : t;
	}
}
