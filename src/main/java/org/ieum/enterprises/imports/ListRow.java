package org.ieum.enterprises.imports;

import org.ieum.shared.imports.RowProblem;
import org.ieum.enterprises.BusinessNumber;
import org.ieum.enterprises.IndustrySection;
import org.ieum.enterprises.SocialPurpose;
import org.ieum.enterprises.records.DesignationTerms;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One data row of a list as the importer understood it, with its spreadsheet row number.
 * A row with problems is rejected whole; blank cells mean "not in this list", never "erase".
 */
record ListRow(int rowNumber, String name, String numberRaw, BusinessNumber number, String representative, String sido,
		String sigungu, String roadAddress, String phone, String homepage, String socialChannels,
		IndustrySection industry, String mainBusiness, SocialPurpose socialPurpose, String socialServiceField,
		List<DesignationTerms> designations, List<RowProblem> problems, boolean regionComplete) {

	private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

	boolean rejected() {
		return !problems.isEmpty();
	}

	/**
	 * The upsert key: the normalized business number, otherwise the name and address with
	 * spaces, punctuation and case ignored, since public lists spell both loosely.
	 */
	String key() {
		return number != null ? number.digits() : nameAndAddressKey(name, roadAddress);
	}

	static String nameAndAddressKey(String name, String address) {
		return "n:" + letters(name) + "|" + Regions.KOREA.normalizedAddress(address);
	}

	private static String letters(String text) {
		return text == null ? "" : NOT_LETTERS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
	}
}
