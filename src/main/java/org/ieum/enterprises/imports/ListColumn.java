package org.ieum.enterprises.imports;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A column the importer understands, with the Korean headings the public lists use for
 * it. Headings are compared after {@link #normalize(String)}, so "사업자등록번호 (-포함 작성)",
 * "업종·업태" and "구 부분" are recognized as they are published.
 */
enum ListColumn {

	NAME("기관명", "마을기업명", "자활기업", "업체명", "기업명"),
	BUSINESS_NUMBER("사업자등록번호", "사업자번호"),
	REPRESENTATIVE("대표자", "대표자명"),
	SIDO("시도", "지역"),
	SIGUNGU("시군구", "구부분"),
	ADDRESS("소재지", "주소"),
	PHONE("대표번호", "전화번호"),
	HOMEPAGE("홈페이지"),
	CHANNELS("공식채널"),
	INDUSTRY("주업종", "업종", "업종업태"),
	MAIN_BUSINESS("사업내용", "주요사업"),
	MAIN_PRODUCT("주생산품또는서비스명"),
	SOCIAL_PURPOSE("사회적목적실현유형"),
	SERVICE_FIELD("사회서비스분야"),
	CERTIFICATION_NUMBER("인증번호"),
	DESIGNATED_ON("인증일자", "인지정연도"),
	CERTIFICATION_ROUND("인증회차"),
	/** 기업현황 of a center's list: several types separated by '/'. */
	TYPES("기업현황"),
	/** 유형 of the village enterprise list: the stage. */
	VILLAGE_STAGE("유형");

	private static final Pattern NOTES = Pattern.compile("[(\\[（][^)\\]）]*[)\\]）]");
	private static final Pattern SEPARATORS = Pattern.compile("[\\s·•ㆍ・.\\-_/]+");

	private final List<String> headings;

	ListColumn(String... headings) {
		this.headings = List.of(headings);
	}

	static Optional<ListColumn> ofHeading(String heading) {
		String key = normalize(heading);
		for (ListColumn column : values()) {
			if (column.headings.contains(key)) {
				return Optional.of(column);
			}
		}
		return Optional.empty();
	}

	/** Drops notes in parentheses, spaces and the dots and middle dots lists put in headings. */
	static String normalize(String heading) {
		if (heading == null) {
			return "";
		}
		return SEPARATORS.matcher(NOTES.matcher(heading.replace('\uFEFF', ' ')).replaceAll("")).replaceAll("");
	}

	String heading() {
		return headings.get(0);
	}
}
