package org.ieum.enterprises.imports;

import org.ieum.enterprises.DesignationType;

import java.util.Map;
import java.util.Optional;

/**
 * The published lists the importer knows, told apart by the heading of their name column.
 * The ministry lists imply one designation type; a center's own list names them per row.
 */
public enum PublicList {

	/** 고용노동부 인증 사회적기업 현황. */
	SOCIAL_ENTERPRISES("기관명", DesignationType.SOCIAL_ENTERPRISE),
	/** 행정안전부 마을기업 현황. */
	VILLAGE_ENTERPRISES("마을기업명", DesignationType.VILLAGE_ENTERPRISE),
	/** 자활기업 현황. */
	SELF_SUFFICIENCY_ENTERPRISES("자활기업", DesignationType.SELF_SUFFICIENCY),
	/** A center's own list, whose 기업현황 column holds the types. */
	CENTER_LIST("업체명", null),
	/** Any other list with a 기업명 column; types only from a 기업현황 column if there is one. */
	OTHER("기업명", null);

	private static final Map<String, PublicList> BY_NAME_HEADING = Map.of("기관명", SOCIAL_ENTERPRISES, "마을기업명",
			VILLAGE_ENTERPRISES, "자활기업", SELF_SUFFICIENCY_ENTERPRISES, "업체명", CENTER_LIST, "기업명", OTHER);

	private final String nameHeading;
	private final DesignationType impliedType;

	PublicList(String nameHeading, DesignationType impliedType) {
		this.nameHeading = nameHeading;
		this.impliedType = impliedType;
	}

	static Optional<PublicList> byNameHeading(String heading) {
		return Optional.ofNullable(BY_NAME_HEADING.get(ListColumn.normalize(heading)));
	}

	Optional<DesignationType> impliedType() {
		return Optional.ofNullable(impliedType);
	}

	String nameHeading() {
		return nameHeading;
	}
}
