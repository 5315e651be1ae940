package org.ieum.enterprises.employment;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ieum.enterprises.BusinessNumber;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.OrganizationRepository;
import org.ieum.shared.imports.RowImport;
import org.ieum.shared.imports.TableHeader;
import org.ieum.shared.imports.TableRow;

/**
 * The rules of a table of employment figures for one center: the organization by its business registration number
 * among the center's organizations, the year, the paid workers, of whom from vulnerable groups, and the new hires,
 * checked by {@link EmploymentRules}; an organization and year twice in one table is a problem of the second row. A
 * valid row records the year's figures or corrects those on file.
 */
final class EmploymentImport implements RowImport<EmploymentImport.Line> {

	/** A valid row, ready to be written. */
	record Line(long organizationId, String organizationName, String businessNumber, int year,
			EmploymentRules.Figures figures) {
	}

	static final Map<String, List<String>> COLUMNS = Map.of(
			"number", List.of("사업자등록번호", "사업자번호"),
			"year", List.of("연도", "기준연도", "년도"),
			"employees", List.of("고용인원", "근로자수", "유급근로자수", "고용인원수", "전체근로자수"),
			"vulnerable", List.of("취약계층", "취약계층고용인원", "취약계층근로자수", "취약계층고용"),
			"newHires", List.of("신규채용", "신규채용인원", "신규고용", "신규일자리"));

	private static final Set<String> REQUIRED = COLUMNS.keySet();

	private final long centerId;
	private final int thisYear;
	private final OrganizationRepository organizations;
	private final EmploymentRecordRepository records;
	private final Long enteredBy;
	private final Instant now;
	private final Set<String> seen = new HashSet<>();

	EmploymentImport(long centerId, int thisYear, OrganizationRepository organizations,
			EmploymentRecordRepository records, Long enteredBy, Instant now) {
		this.centerId = centerId;
		this.thisYear = thisYear;
		this.organizations = organizations;
		this.records = records;
		this.enteredBy = enteredBy;
		this.now = now;
	}

	@Override
	public Optional<Map<String, Integer>> header(List<String> cells) {
		return TableHeader.match(cells, COLUMNS, REQUIRED);
	}

	@Override
	public String noHeaderMessageKey() {
		return "employment.import.refused.columns";
	}

	@Override
	public Line read(TableRow row) {
		Organization organization = organization(row);
		Integer year = year(row);
		Long employees = count(row, "employees");
		Long vulnerable = count(row, "vulnerable");
		Long newHires = count(row, "newHires");
		if (row.rejected()) {
			return null;
		}
		for (String problem : EmploymentRules.problems(year, employees, vulnerable, newHires, thisYear)) {
			row.reject(problem);
		}
		if (row.rejected()) {
			return null;
		}
		if (!seen.add(organization.getId() + "/" + year)) {
			row.reject("employment.import.reject.twice", organization.getName(), String.valueOf(year));
			return null;
		}
		return new Line(organization.getId(), organization.getName(), organization.getBusinessNumberRaw(), year,
				EmploymentRules.figures(employees, vulnerable, newHires));
	}

	private Organization organization(TableRow row) {
		String text = row.required("number", 40);
		if (text == null) {
			return null;
		}
		Optional<BusinessNumber> number = BusinessNumber.parse(text);
		if (number.isEmpty()) {
			row.reject("employment.import.reject.businessNumber", text);
			return null;
		}
		List<Organization> found = organizations.findByBusinessNumberOrderByIdAsc(number.get().digits()).stream()
			.filter(o -> o.getCenterIds().contains(centerId))
			.toList();
		if (found.isEmpty()) {
			row.reject("employment.import.reject.unknownOrganization", text);
			return null;
		}
		if (found.size() > 1) {
			row.reject("employment.import.reject.duplicateOrganization", text);
			return null;
		}
		return found.get(0);
	}

	private static Integer year(TableRow row) {
		String text = row.required("year", 20);
		if (text == null) {
			return null;
		}
		String digits = text.replace("년", "").strip();
		if (digits.endsWith(".0")) {
			digits = digits.substring(0, digits.length() - 2);
		}
		if (!digits.matches("[0-9]{4}")) {
			row.reject("employment.import.reject.year", text);
			return null;
		}
		return Integer.valueOf(digits);
	}

	/** A whole number of people: "1,234", "12명" and a spreadsheet's "12.0" read alike; negative ones stay for the rules to name. */
	private static Long count(TableRow row, String column) {
		String text = row.required(column, 20);
		if (text == null) {
			return null;
		}
		String digits = text.replace(",", "").replace("명", "").replace(" ", "");
		if (digits.endsWith(".0")) {
			digits = digits.substring(0, digits.length() - 2);
		}
		if (!digits.matches("-?[0-9]{1,9}")) {
			row.reject("employment.import.reject.number", column(column), text);
			return null;
		}
		return Long.valueOf(digits);
	}

	/** How a column is called in a row's problem, spelled as people write it. */
	private static String column(String column) {
		return switch (column) {
			case "employees" -> "고용 인원";
			case "vulnerable" -> "취약계층";
			default -> "신규 채용";
		};
	}

	@Override
	public String label(TableRow row, Line value) {
		if (value == null) {
			return row.firstCells();
		}
		EmploymentRules.Figures f = value.figures();
		return value.organizationName() + " · " + value.year() + " · " + f.employees() + "/" + f.vulnerable() + "/"
				+ f.newHires();
	}

	@Override
	public void write(Line value) {
		EmploymentRecord record = records.findByOrganizationIdAndYear(value.organizationId(), value.year())
			.orElseGet(() -> new EmploymentRecord(value.organizationId(), value.year()));
		if (record.getId() != null && record.sameAs(value.figures())) {
			return;
		}
		record.enter(value.figures(), EmploymentRecord.Source.IMPORT, enteredBy, now);
		records.save(record);
	}
}
