package org.ieum.market.procurement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.EnterprisesApi;
import org.ieum.enterprises.OrganizationSummary;
import org.ieum.market.catalog.Categories;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The procurement figures of a set of centers for one year, as of a reference date (기준일자): each buyer's confirmed
 * purchases against its target, and the confirmed purchases by the buyer's region, by category, by the seller's type
 * and by seller. The figures are public facts about public bodies; who may see which centers is the caller's check.
 */
@Service
@Transactional(readOnly = true)
public class ProcurementReports {

	/** How many sellers the top list names. */
	static final int TOP_SELLERS = 10;

	/** Sellers without an active designation are counted under this type. */
	public static final String NO_TYPE = "NONE";

	private final BuyerRepository buyers;
	private final PurchaseRepository purchases;
	private final Categories categories;
	private final EnterprisesApi enterprises;

	ProcurementReports(BuyerRepository buyers, PurchaseRepository purchases, Categories categories,
			EnterprisesApi enterprises) {
		this.buyers = buyers;
		this.purchases = purchases;
		this.categories = categories;
		this.enterprises = enterprises;
	}

	/** @param rateTenths actual against target in tenths of a percent (1234 = 123.4%), null without a target */
	public record BuyerLine(long buyerId, String name, BuyerKind kind, String sido, Long targetWon, long actualWon,
			Long rateTenths) {
	}

	/** An amount under a label: a region, a category's path, a designation type's name or a seller. */
	public record Amount(String label, long won) {
	}

	/**
	 * @param pending records of the year that their seller has not confirmed yet (not counted)
	 * @param byType per designation type; a seller with two types counts under both, so these do not add up
	 */
	public record Report(int year, LocalDate asOf, List<BuyerLine> buyers, long targetWon, long actualWon,
			Long rateTenths, List<Amount> byRegion, List<Amount> byCategory, List<Amount> byType,
			List<Amount> topSellers, long pending) {

		public boolean empty() {
			return buyers.isEmpty();
		}
	}

	public Report report(Collection<Long> centerIds, int year, LocalDate asOf) {
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate until = LocalDate.of(year, 12, 31);
		if (asOf.isBefore(until)) {
			until = asOf;
		}
		List<Buyer> register = buyers.findByCenterIdInOrderByNameAscIdAsc(centerIds);
		List<Purchase> confirmed = until.isBefore(from) ? List.of() : purchases.confirmedIn(centerIds, from, until);
		Map<Long, Long> perBuyer = new HashMap<>();
		confirmed.forEach(p -> perBuyer.merge(p.getBuyerId(), p.getAmountWon(), Long::sum));
		List<BuyerLine> lines = new ArrayList<>();
		long target = 0;
		long actual = 0;
		Map<Long, String> sidoOf = new HashMap<>();
		for (Buyer b : register) {
			Long t = b.targetIn(year);
			long a = perBuyer.getOrDefault(b.getId(), 0L);
			lines.add(new BuyerLine(b.getId(), b.getName(), b.getKind(), b.getSido(), t, a, Won.rateTenths(a, t)));
			target += t == null ? 0 : t;
			actual += a;
			sidoOf.put(b.getId(), b.getSido());
		}
		Map<Long, String> labels = categories.tree().stream()
			.collect(Collectors.toMap(Categories.Node::id, Categories.Node::label));
		Map<String, Long> byRegion = new HashMap<>();
		Map<String, Long> byCategory = new HashMap<>();
		Map<String, Long> byType = new HashMap<>();
		Map<String, Long> bySeller = new HashMap<>();
		Map<Long, List<String>> typesOf = new HashMap<>();
		for (Purchase p : confirmed) {
			byRegion.merge(sidoOf.getOrDefault(p.getBuyerId(), "-"), p.getAmountWon(), Long::sum);
			byCategory.merge(labels.getOrDefault(p.getCategoryId(), "-"), p.getAmountWon(), Long::sum);
			bySeller.merge(p.getOrganizationName(), p.getAmountWon(), Long::sum);
			for (String type : typesOf.computeIfAbsent(p.getOrganizationId(), this::typesOf)) {
				byType.merge(type, p.getAmountWon(), Long::sum);
			}
		}
		long pending = until.isBefore(from) ? 0
				: purchases.countByCenterIdInAndConfirmedAtIsNullAndContractDateBetween(centerIds, from, until);
		List<Amount> top = largestFirst(bySeller);
		return new Report(year, asOf, lines, target, actual, Won.rateTenths(actual, target == 0 ? null : target),
				largestFirst(byRegion), largestFirst(byCategory), largestFirst(byType),
				top.subList(0, Math.min(TOP_SELLERS, top.size())), pending);
	}

	/** The years with a target or a purchase in these centers, and this year, newest first. */
	public List<Integer> years(Collection<Long> centerIds, int thisYear) {
		TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
		years.add(thisYear);
		years.addAll(purchases.yearsIn(centerIds));
		buyers.findByCenterIdInOrderByNameAscIdAsc(centerIds).forEach(b -> years.addAll(b.getTargets().keySet()));
		return List.copyOf(years);
	}

	private List<String> typesOf(long organizationId) {
		Optional<OrganizationSummary> org = enterprises.findById(organizationId);
		List<String> types = org.map(o -> o.activeDesignations().stream().distinct().map(DesignationType::name).toList())
			.orElse(List.of());
		return types.isEmpty() ? List.of(NO_TYPE) : types;
	}

	private static List<Amount> largestFirst(Map<String, Long> amounts) {
		Map<String, Long> sorted = new LinkedHashMap<>();
		amounts.entrySet().stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted.entrySet().stream().map(e -> new Amount(e.getKey(), e.getValue())).toList();
	}
}
