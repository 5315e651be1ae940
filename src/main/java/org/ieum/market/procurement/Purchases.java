package org.ieum.market.procurement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import java.util.stream.Collectors;

import org.ieum.enterprises.BusinessNumber;
import org.ieum.enterprises.EnterprisesApi;
import org.ieum.enterprises.OrganizationSummary;
import org.ieum.market.catalog.Categories;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Purchase records: staff of the buyer's center enter and remove them; a manager of the selling organization
 * confirms them on My page, and only confirmed records count in the figures.
 */
@Service
@Transactional
public class Purchases {

	/** The earliest contract date a record may have: older contracts are not this register's business. */
	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	private final PurchaseRepository purchases;
	private final Buyers buyers;
	private final Categories categories;
	private final EnterprisesApi enterprises;
	private final Clock clock;

	Purchases(PurchaseRepository purchases, Buyers buyers, Categories categories, EnterprisesApi enterprises,
			Clock clock) {
		this.purchases = purchases;
		this.buyers = buyers;
		this.categories = categories;
		this.enterprises = enterprises;
		this.clock = clock;
	}

	/**
	 * A purchase as typed: the seller by its business registration number, the amount in whole won as text
	 * (commas allowed), the contract date.
	 */
	public record Terms(Long buyerId, String businessNumber, Long categoryId, String amountWon,
			LocalDate contractDate, ContractMethod method) {
	}

	/** A purchase record as lists show it. */
	public record Row(long id, String buyerName, String organizationName, String category, long amountWon,
			LocalDate contractDate, ContractMethod method, boolean confirmed) {
	}

	public long record(Terms terms, Long enteredBy) {
		if (terms.buyerId() == null) {
			throw new Refusal("market.error.unknownBuyer");
		}
		Buyer buyer = buyers.editable(terms.buyerId());
		OrganizationSummary seller = BusinessNumber.parse(terms.businessNumber() == null ? "" : terms.businessNumber())
			.flatMap(n -> enterprises.findByBusinessNumber(n).stream().findFirst())
			.orElseThrow(() -> new Refusal("market.error.unknownSeller",
					terms.businessNumber() == null ? "" : terms.businessNumber().strip()));
		if (terms.categoryId() == null) {
			throw new Refusal("market.error.unknownCategory");
		}
		categories.pathOf(terms.categoryId());
		long amount = Won.parse(terms.amountWon(), false);
		LocalDate date = terms.contractDate();
		if (date == null) {
			throw new Refusal("market.error.contractDate");
		}
		if (date.isAfter(Seoul.today(clock))) {
			throw new Refusal("market.error.contractDateFuture", date);
		}
		if (date.isBefore(EARLIEST)) {
			throw new Refusal("market.error.contractDate");
		}
		if (terms.method() == null) {
			throw new Refusal("market.error.method");
		}
		return purchases.save(new Purchase(buyer, seller.id(), seller.name(), terms.categoryId(), amount, date,
				terms.method(), enteredBy, clock.instant())).getId();
	}

	public void remove(long purchaseId) {
		Purchase purchase = purchases.findById(purchaseId)
			.orElseThrow(() -> Refusal.notFound("market.error.unknownPurchase"));
		Authorities.requireCenterStaff(purchase.getCenterId());
		purchases.delete(purchase);
	}

	/** A manager of the selling organization recognizes the sale; anyone else is refused. */
	public void confirm(long purchaseId, long accountId) {
		Purchase purchase = purchases.findById(purchaseId)
			.orElseThrow(() -> Refusal.notFound("market.error.unknownPurchase"));
		if (!enterprises.isManager(purchase.getOrganizationId(), accountId)) {
			// a refusal page, not a message: nobody but the seller's managers learns of the record
			throw new AccessDeniedException("not a manager of the selling organization");
		}
		purchase.confirm(accountId, clock.instant());
	}

	/**
	 * A system administrator confirms for the organization, e.g. when it confirmed in writing or for the demo; the
	 * record then names no confirming account.
	 */
	public void confirmOnBehalf(long purchaseId) {
		Authorities.requireSystemAdmin();
		purchases.findById(purchaseId)
			.orElseThrow(() -> Refusal.notFound("market.error.unknownPurchase"))
			.confirm(null, clock.instant());
	}

	/** The purchase records of the organizations this account manages, newest first. */
	@Transactional(readOnly = true)
	public List<Row> ofOrganizationsManagedBy(long accountId) {
		List<Long> mine = enterprises.managedBy(accountId).stream().map(OrganizationSummary::id).toList();
		if (mine.isEmpty()) {
			return List.of();
		}
		return rows(purchases.findByOrganizationIdInOrderByContractDateDescIdDesc(mine));
	}

	List<Row> rows(List<Purchase> list) {
		Map<Long, String> labels = categories.tree().stream()
			.collect(Collectors.toMap(Categories.Node::id, Categories.Node::label));
		Map<Long, String> buyerNames = buyers.names(list.stream().map(Purchase::getBuyerId).distinct().toList());
		return list.stream()
			.map(p -> new Row(p.getId(), buyerNames.get(p.getBuyerId()), p.getOrganizationName(),
					labels.get(p.getCategoryId()), p.getAmountWon(), p.getContractDate(), p.getMethod(), p.isConfirmed()))
			.toList();
	}

}
