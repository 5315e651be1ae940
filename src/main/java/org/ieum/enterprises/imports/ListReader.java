package org.ieum.enterprises.imports;

import org.ieum.shared.imports.TableFile;
import org.ieum.shared.imports.TableRows;
import org.ieum.shared.imports.ImportRefused;
import org.ieum.shared.imports.RowProblem;
import org.ieum.enterprises.BusinessNumber;
import org.ieum.enterprises.DesignationStatus;
import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.IndustrySection;
import org.ieum.enterprises.SocialPurpose;
import org.ieum.enterprises.VillageStage;
import org.ieum.enterprises.records.DesignationTerms;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the header row (title rows above it are skipped) and turns every row below it into
 * a {@link ListRow}, checking it as it goes. The Korean words matched here are the lists'
 * own vocabulary, not text shown to users.
 */
final class ListReader {

	/** Title, date and notes rows above the header: public lists have a few, never this many. */
	static final int HEADER_SEARCH_ROWS = 30;

	record Layout(PublicList list, int headerRow, Map<ListColumn, Integer> columns) {
	}

	private static final Map<String, DesignationType> TYPES = new LinkedHashMap<>();
	static {
		TYPES.put("사회적기업", DesignationType.SOCIAL_ENTERPRISE);
		TYPES.put("인증사회적기업", DesignationType.SOCIAL_ENTERPRISE);
		TYPES.put("예비사회적기업", DesignationType.PRE_SOCIAL_REGIONAL);
		TYPES.put("예비사회적기업(지역형)", DesignationType.PRE_SOCIAL_REGIONAL);
		TYPES.put("지역형예비사회적기업", DesignationType.PRE_SOCIAL_REGIONAL);
		TYPES.put("마을기업", DesignationType.VILLAGE_ENTERPRISE);
		TYPES.put("협동조합", DesignationType.COOPERATIVE);
		TYPES.put("일반협동조합", DesignationType.COOPERATIVE);
		TYPES.put("협동조합연합회", DesignationType.COOPERATIVE);
		TYPES.put("사회적협동조합", DesignationType.SOCIAL_COOPERATIVE);
		TYPES.put("자활기업", DesignationType.SELF_SUFFICIENCY);
	}

	private static final Map<String, SocialPurpose> PURPOSES = Map.of("일자리제공형", SocialPurpose.JOBS, "사회서비스제공형",
			SocialPurpose.SOCIAL_SERVICES, "지역사회공헌형", SocialPurpose.COMMUNITY, "혼합형", SocialPurpose.MIXED, "기타형",
			SocialPurpose.CREATIVE, "기타(창의혁신)형", SocialPurpose.CREATIVE, "창의혁신형", SocialPurpose.CREATIVE);

	/** Words of a list's 업종 that name a KSIC section clearly enough; anything else stays unclassified. */
	private static final Map<String, IndustrySection> INDUSTRY_WORDS = new LinkedHashMap<>();
	static {
		INDUSTRY_WORDS.put("농업", IndustrySection.A);
		INDUSTRY_WORDS.put("임업", IndustrySection.A);
		INDUSTRY_WORDS.put("어업", IndustrySection.A);
		INDUSTRY_WORDS.put("제조", IndustrySection.C);
		INDUSTRY_WORDS.put("환경", IndustrySection.E);
		INDUSTRY_WORDS.put("재활용", IndustrySection.E);
		INDUSTRY_WORDS.put("건설", IndustrySection.F);
		INDUSTRY_WORDS.put("집수리", IndustrySection.F);
		INDUSTRY_WORDS.put("도소매", IndustrySection.G);
		INDUSTRY_WORDS.put("도매", IndustrySection.G);
		INDUSTRY_WORDS.put("소매", IndustrySection.G);
		INDUSTRY_WORDS.put("유통", IndustrySection.G);
		INDUSTRY_WORDS.put("운수", IndustrySection.H);
		INDUSTRY_WORDS.put("운송", IndustrySection.H);
		INDUSTRY_WORDS.put("음식", IndustrySection.I);
		INDUSTRY_WORDS.put("숙박", IndustrySection.I);
		INDUSTRY_WORDS.put("카페", IndustrySection.I);
		INDUSTRY_WORDS.put("출판", IndustrySection.J);
		INDUSTRY_WORDS.put("정보통신", IndustrySection.J);
		INDUSTRY_WORDS.put("소프트웨어", IndustrySection.J);
		INDUSTRY_WORDS.put("청소", IndustrySection.N);
		INDUSTRY_WORDS.put("시설관리", IndustrySection.N);
		INDUSTRY_WORDS.put("교육", IndustrySection.P);
		INDUSTRY_WORDS.put("보건", IndustrySection.Q);
		INDUSTRY_WORDS.put("복지", IndustrySection.Q);
		INDUSTRY_WORDS.put("돌봄", IndustrySection.Q);
		INDUSTRY_WORDS.put("간병", IndustrySection.Q);
		INDUSTRY_WORDS.put("문화", IndustrySection.R);
		INDUSTRY_WORDS.put("예술", IndustrySection.R);
		INDUSTRY_WORDS.put("관광", IndustrySection.R);
	}

	private static final Pattern YEAR_ONLY = Pattern.compile("(19|20)\\d{2}(년)?");
	private static final Pattern DIGITS = Pattern.compile("\\d+");
	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ofPattern("yyyy-M-d"),
			DateTimeFormatter.ofPattern("yyyy.M.d"), DateTimeFormatter.ofPattern("yyyy/M/d"),
			DateTimeFormatter.ofPattern("yyyyMMdd"), DateTimeFormatter.ofPattern("M/d/yy"));

	private ListReader() {
	}

	/** Reads the file, handing each row below the header to {@code rows}; refuses a file without recognizable columns. */
	static Layout read(TableFile file, Consumer<ListRow> rows) {
		Layout[] layout = new Layout[1];
		TableRows.read(file, (number, cells) -> {
			if (layout[0] == null) {
				if (number > HEADER_SEARCH_ROWS) {
					throw new ImportRefused("imports.refused.columns");
				}
				layout[0] = header(cells).map(l -> new Layout(l.list(), number, l.columns())).orElse(null);
				return;
			}
			if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
				return;
			}
			rows.accept(row(layout[0], number, cells));
		});
		if (layout[0] == null) {
			throw new ImportRefused("imports.refused.columns");
		}
		return layout[0];
	}

	/** The header alone, without reading further: refuses a file without recognizable columns. */
	static void requireHeader(TableFile file) {
		try {
			read(file, row -> {
				throw new HeaderFound();
			});
		}
		catch (HeaderFound done) {
			// the first data row is enough
		}
	}

	/** Stops reading at the first data row. */
	private static final class HeaderFound extends RuntimeException {

		HeaderFound() {
			super(null, null, false, false);
		}
	}

	/** A header names an organization column of a known list and at least one other known column. */
	static Optional<Layout> header(List<String> cells) {
		PublicList list = null;
		Map<ListColumn, Integer> columns = new EnumMap<>(ListColumn.class);
		for (int i = 0; i < cells.size(); i++) {
			String cell = cells.get(i);
			if (list == null) {
				Optional<PublicList> named = PublicList.byNameHeading(cell);
				if (named.isPresent()) {
					list = named.get();
				}
			}
			int index = i;
			ListColumn.ofHeading(cell).ifPresent(c -> columns.putIfAbsent(c, index));
		}
		if (list == null || columns.size() < 2) {
			return Optional.empty();
		}
		if (list != PublicList.VILLAGE_ENTERPRISES) {
			columns.remove(ListColumn.VILLAGE_STAGE);
		}
		return Optional.of(new Layout(list, 0, columns));
	}

	static ListRow row(Layout layout, int number, List<String> cells) {
		List<RowProblem> problems = new ArrayList<>();
		Cells row = new Cells(layout.columns(), cells, problems);
		if (cells.stream().anyMatch(c -> c != null && c.indexOf('\uFFFD') >= 0)) {
			problems.add(RowProblem.of("imports.reject.encoding"));
		}
		String name = row.text(ListColumn.NAME, 200);
		if (name == null) {
			problems.add(RowProblem.of("imports.reject.name"));
		}
		String numberRaw = row.text(ListColumn.BUSINESS_NUMBER, 40);
		BusinessNumber businessNumber = null;
		if (numberRaw != null) {
			businessNumber = BusinessNumber.parse(numberRaw).orElse(null);
			if (businessNumber == null) {
				problems.add(RowProblem.of("imports.reject.businessNumber", numberRaw));
			}
		}
		String mainBusiness = joined(row.text(ListColumn.MAIN_BUSINESS, 2000), row.text(ListColumn.MAIN_PRODUCT, 2000));
		if (mainBusiness != null && mainBusiness.length() > 2000) {
			problems.add(RowProblem.of("imports.reject.tooLong", ListColumn.MAIN_BUSINESS.heading()));
		}
		SocialPurpose purpose = null;
		String purposeText = row.text(ListColumn.SOCIAL_PURPOSE, 100);
		if (purposeText != null) {
			purpose = PURPOSES.get(purposeText.replaceAll("[\\s·ㆍ]", ""));
			if (purpose == null) {
				problems.add(RowProblem.of("imports.reject.purpose", purposeText));
			}
		}
		String industryText = row.text(ListColumn.INDUSTRY, 200);
		List<DesignationTerms> designations = designations(layout, row, problems);
		String address = row.text(ListColumn.ADDRESS, 300);
		// the 지역/시도 and 시군구 columns are hints only: what is stored comes from the address, in official names
		Regions.Region region = Regions.KOREA.of(address, row.text(ListColumn.SIDO, 40), row.text(ListColumn.SIGUNGU, 40));
		return new ListRow(number, name, numberRaw, businessNumber, row.text(ListColumn.REPRESENTATIVE, 100),
				region.sido(), region.sigungu(), address,
				row.text(ListColumn.PHONE, 40), row.text(ListColumn.HOMEPAGE, 300), row.text(ListColumn.CHANNELS, 1000),
				industry(industryText), mainBusiness, purpose, row.text(ListColumn.SERVICE_FIELD, 100),
				List.copyOf(designations), List.copyOf(problems), region.complete());
	}

	private static List<DesignationTerms> designations(Layout layout, Cells row, List<RowProblem> problems) {
		List<DesignationType> types = new ArrayList<>();
		layout.list().impliedType().ifPresent(types::add);
		String typesText = row.text(ListColumn.TYPES, 200);
		if (typesText != null) {
			for (String part : typesText.split("/")) {
				String word = part.replaceAll("\\s", "");
				if (word.isEmpty()) {
					continue;
				}
				DesignationType type = TYPES.get(word);
				if (type == null) {
					problems.add(RowProblem.of("imports.reject.type", part.strip()));
				}
				else if (!types.contains(type)) {
					types.add(type);
				}
			}
		}
		String certification = row.text(ListColumn.CERTIFICATION_NUMBER, 60);
		LocalDate designatedOn = date(row.text(ListColumn.DESIGNATED_ON, 40), problems);
		Integer round = round(row.text(ListColumn.CERTIFICATION_ROUND, 20), problems);
		VillageStage stage = stage(row.text(ListColumn.VILLAGE_STAGE, 40), problems);
		List<DesignationTerms> terms = new ArrayList<>();
		for (DesignationType type : types) {
			boolean social = type == DesignationType.SOCIAL_ENTERPRISE;
			terms.add(new DesignationTerms(type, social ? certification : null, null, null,
					type.hasStages() ? stage : null, social ? round : null, designatedOn, null, DesignationStatus.ACTIVE));
		}
		return terms;
	}

	private static LocalDate date(String text, List<RowProblem> problems) {
		if (text == null) {
			return null;
		}
		String value = text.strip().replaceAll("\\s", "").replaceAll("\\.$", "");
		if (YEAR_ONLY.matcher(value).matches()) {
			// a year alone (인·지정연도) says too little for a date: the designation is kept undated
			return null;
		}
		for (DateTimeFormatter format : DATE_FORMATS) {
			try {
				return LocalDate.parse(value, format);
			}
			catch (DateTimeException ignored) {
				// try the next way of writing a date
			}
		}
		problems.add(RowProblem.of("imports.reject.date", text));
		return null;
	}

	private static Integer round(String text, List<RowProblem> problems) {
		if (text == null) {
			return null;
		}
		Matcher digits = DIGITS.matcher(text);
		if (!digits.find() || digits.group().length() > 4) {
			problems.add(RowProblem.of("imports.reject.round", text));
			return null;
		}
		return Integer.valueOf(digits.group());
	}

	private static VillageStage stage(String text, List<RowProblem> problems) {
		if (text == null) {
			return null;
		}
		if (text.contains("예비")) {
			return VillageStage.PRELIMINARY;
		}
		if (text.contains("재지정")) {
			return VillageStage.REDESIGNATED;
		}
		if (text.contains("고도화")) {
			return VillageStage.ADVANCED;
		}
		if (text.contains("신규") || text.contains("일반")) {
			return VillageStage.NEW;
		}
		problems.add(RowProblem.of("imports.reject.stage", text));
		return null;
	}

	private static IndustrySection industry(String text) {
		if (text == null) {
			return null;
		}
		for (Map.Entry<String, IndustrySection> word : INDUSTRY_WORDS.entrySet()) {
			if (text.contains(word.getKey())) {
				return word.getValue();
			}
		}
		return null;
	}

	private static String joined(String first, String second) {
		if (first == null) {
			return second;
		}
		return second == null ? first : first + " / " + second;
	}

	/** The row's cells by column, stripped; a blank cell is null, and a value too long for its field is a problem. */
	private record Cells(Map<ListColumn, Integer> columns, List<String> cells, List<RowProblem> problems) {

		String text(ListColumn column, int maxLength) {
			Integer index = columns.get(column);
			if (index == null || index >= cells.size() || cells.get(index) == null) {
				return null;
			}
			String value = cells.get(index).strip();
			if (value.isEmpty() || value.equals("-")) {
				return null;
			}
			if (value.length() > maxLength) {
				problems.add(RowProblem.of("imports.reject.tooLong", column.heading()));
				return value.substring(0, maxLength);
			}
			return value;
		}
	}
}
