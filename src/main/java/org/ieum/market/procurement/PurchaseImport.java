package org.ieum.market.procurement;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ieum.enterprises.BusinessNumber;
import org.ieum.enterprises.EnterprisesApi;
import org.ieum.enterprises.OrganizationSummary;
import org.ieum.market.catalog.Categories;
import org.ieum.shared.imports.RowImport;
import org.ieum.shared.imports.TableHeader;
import org.ieum.shared.imports.TableRow;

/**
 * The rules of a buyer's table of purchases for one center: the buyer by its name in the center's register, the
 * seller by its business registration number in the directory, the category by its name or its path in the
 * showcase's tree, the amount in whole won above zero, a contract date from 2000-01-01 to today (Asia/Seoul) and the
 * contract method (blank or no column: 기타). Every problem of a row is named; a valid row becomes a purchase record
 * that waits for its seller's confirmation like one typed on the page.
 */
final class PurchaseImport implements RowImport<PurchaseImport.Line> {

	/** A valid row, ready to be written. */
	record Line(Buyer buyer, OrganizationSummary seller, long categoryId, long amountWon, LocalDate contractDate,
			ContractMethod method) {
	}

	static final Map<String, List<String>> COLUMNS = Map.of(
			"buyer", List.of("구매기관", "기관명", "구매기관명", "수요기관", "수요기관명"),
			"seller", List.of("판매기업", "사업자등록번호", "사업자번호", "판매기업사업자등록번호"),
			"category", List.of("품목", "분류", "품목분류"),
			"amount", List.of("구매금액", "구매액", "계약금액", "금액"),
			"date", List.of("계약일자", "계약일"),
			"method", List.of("계약방법", "구매방법"));

	private static final Set<String> REQUIRED = Set.of("buyer", "seller", "category", "amount", "date");

	private static final Map<String, ContractMethod> METHODS = Map.ofEntries(Map.entry("수의계약", ContractMethod.SOLE_SOURCE),
			Map.entry("수의", ContractMethod.SOLE_SOURCE), Map.entry("입찰", ContractMethod.TENDER),
			Map.entry("경쟁입찰", ContractMethod.TENDER), Map.entry("일반경쟁입찰", ContractMethod.TENDER),
			Map.entry("제한경쟁입찰", ContractMethod.TENDER), Map.entry("바로구매", ContractMethod.DIRECT),
			Map.entry("기타", ContractMethod.OTHER));

	private final Map<String, Buyer> buyers = new HashMap<>();
	private final Map<String, Long> categoriesByLabel = new HashMap<>();
	private final Map<String, List<Long>> categoriesByName = new HashMap<>();
	private final Map<String, Optional<OrganizationSummary>> sellers = new HashMap<>();
	private final EnterprisesApi enterprises;
	private final PurchaseRepository purchases;
	private final LocalDate today;
	private final Long enteredBy;
	private final java.time.Clock clock;

	PurchaseImport(List<Buyer> centerBuyers, List<Categories.Node> tree, EnterprisesApi enterprises,
			PurchaseRepository purchases, java.time.Clock clock, LocalDate today, Long enteredBy) {
		centerBuyers.forEach(b -> buyers.put(key(b.getName()), b));
		for (Categories.Node node : tree) {
			categoriesByLabel.put(key(node.label()), node.id());
			categoriesByName.computeIfAbsent(key(node.name()), k -> new java.util.ArrayList<>()).add(node.id());
		}
		this.enterprises = enterprises;
		this.purchases = purchases;
		this.clock = clock;
		this.today = today;
		this.enteredBy = enteredBy;
	}

	/** Names compare without spaces and case: "부산 광역시청" is 부산광역시청; a path may be written with > or /. */
	static String key(String text) {
		return text == null ? "" : text.replaceAll("[\\s]+", "").replace('/', '>').toLowerCase(java.util.Locale.ROOT);
	}

	@Override
	public Optional<Map<String, Integer>> header(List<String> cells) {
		return TableHeader.match(cells, COLUMNS, REQUIRED);
	}

	@Override
	public String noHeaderMessageKey() {
		return "market.import.refused.columns";
	}

	@Override
	public Line read(TableRow row) {
		String buyerName = row.required("buyer", 100);
		Buyer buyer = null;
		if (buyerName != null) {
			buyer = buyers.get(key(buyerName));
			if (buyer == null) {
				row.reject("market.import.reject.unknownBuyer", buyerName);
			}
		}
		OrganizationSummary seller = seller(row);
		Long categoryId = category(row);
		Long amount = row.wholeWon("amount", true);
		if (amount != null && (amount == 0 || amount > Won.MAX)) {
			row.reject("market.import.reject.amount", String.valueOf(amount));
			amount = null;
		}
		LocalDate date = row.date("date", true);
		if (date != null && date.isAfter(today)) {
			row.reject("market.import.reject.future", date.toString());
		}
		else if (date != null && date.isBefore(Purchases.EARLIEST)) {
			row.reject("market.import.reject.early", date.toString());
		}
		ContractMethod method = method(row);
		if (row.rejected()) {
			return null;
		}
		return new Line(buyer, seller, categoryId, amount, date, method);
	}

	private OrganizationSummary seller(TableRow row) {
		String number = row.required("seller", 40);
		if (number == null) {
			return null;
		}
		Optional<BusinessNumber> parsed = BusinessNumber.parse(number);
		if (parsed.isEmpty()) {
			row.reject("market.import.reject.businessNumber", number);
			return null;
		}
		Optional<OrganizationSummary> found = sellers.computeIfAbsent(parsed.get().digits(),
				digits -> enterprises.findByBusinessNumber(parsed.get()).stream().findFirst());
		if (found.isEmpty()) {
			row.reject("market.import.reject.unknownSeller", number);
			return null;
		}
		return found.get();
	}

	private Long category(TableRow row) {
		String name = row.required("category", 200);
		if (name == null) {
			return null;
		}
		Long byLabel = categoriesByLabel.get(key(name));
		if (byLabel != null) {
			return byLabel;
		}
		List<Long> byName = categoriesByName.getOrDefault(key(name), List.of());
		if (byName.size() == 1) {
			return byName.get(0);
		}
		row.reject(byName.isEmpty() ? "market.import.reject.unknownCategory" : "market.import.reject.ambiguousCategory",
				name);
		return null;
	}

	private ContractMethod method(TableRow row) {
		String text = row.text("method", 40);
		if (text == null) {
			return ContractMethod.OTHER;
		}
		ContractMethod method = METHODS.get(key(text));
		if (method == null) {
			row.reject("market.import.reject.method", text);
		}
		return method;
	}

	@Override
	public String label(TableRow row, Line value) {
		if (value == null) {
			return row.firstCells();
		}
		return value.buyer().getName() + " · " + value.seller().name() + " · " + value.contractDate() + " · "
				+ String.format(java.util.Locale.ROOT, "%,d", value.amountWon());
	}

	@Override
	public void write(Line value) {
		purchases.save(new Purchase(value.buyer(), value.seller().id(), value.seller().name(), value.categoryId(),
				value.amountWon(), value.contractDate(), value.method(), enteredBy, clock.instant()));
	}
}
