package org.ieum.enterprises.administration;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.enterprises.DesignationStatus;
import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.records.ChangeRecord;
import org.ieum.enterprises.records.OrganizationViews.ChangeView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Change history in words for staff: the records keep stable codes (so history survives a
 * renamed center or a reworded label), and this turns them into what staff read — status,
 * purpose and industry names, designation types and statuses, center names, prices in won.
 */
@Component
class HistoryWording {

	private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z_]+\\b");

	private static final Pattern PRICE = Pattern.compile("\\((\\d+)원\\)");

	private static final Pattern ID_LIST = Pattern.compile("^\\[([0-9, ]*)]$");

	private final MessageSource messages;
	private final CentersApi centers;

	HistoryWording(MessageSource messages, CentersApi centers) {
		this.messages = messages;
		this.centers = centers;
	}

	List<ChangeView> of(List<ChangeRecord> records, Locale locale) {
		return records.stream()
			.map(r -> new ChangeView(r.getChangedAt(), r.getActorName(), r.getField(),
					words(r.getField(), r.getOldValue(), locale), words(r.getField(), r.getNewValue(), locale)))
			.toList();
	}

	String words(String field, String value, Locale locale) {
		if (value == null) {
			return null;
		}
		return switch (field) {
			case "status" -> message("enterprises.status." + value, value, locale);
			case "foundingTeam" -> message("stages.foundingTeam." + value, value, locale);
			case "socialPurpose" -> message("enterprises.purpose." + value, value, locale);
			case "industry" -> message("enterprises.ksic." + value, value, locale);
			case "designation" -> designation(value, locale);
			case "centers" -> centerNames(value);
			case "product" -> price(value);
			default -> value;
		};
	}

	/** "SOCIAL_ENTERPRISE 제2019-001호 ~2027-01-01 ACTIVE" becomes "사회적기업(인증) 제2019-001호 ~2027-01-01 유효". */
	private String designation(String value, Locale locale) {
		Matcher m = CODE.matcher(value);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String code = m.group();
			String word = code;
			if (Arrays.stream(DesignationType.values()).anyMatch(t -> t.name().equals(code))) {
				word = message("enterprises.designationType." + code, code, locale);
			}
			else if (Arrays.stream(DesignationStatus.values()).anyMatch(s -> s.name().equals(code))) {
				word = message("enterprises.designationStatus." + code, code, locale);
			}
			m.appendReplacement(out, Matcher.quoteReplacement(word));
		}
		m.appendTail(out);
		return out.toString();
	}

	private String centerNames(String value) {
		Matcher m = ID_LIST.matcher(value.strip());
		if (!m.matches()) {
			return value;
		}
		return Arrays.stream(m.group(1).split(","))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.map(id -> centers.findById(Long.parseLong(id)).map(CenterSummary::name).orElse(id))
			.collect(Collectors.joining(", "));
	}

	private static String price(String value) {
		Matcher m = PRICE.matcher(value);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement("(" + String.format("%,d", Long.parseLong(m.group(1))) + "원)"));
		}
		m.appendTail(out);
		return out.toString();
	}

	private String message(String key, String fallback, Locale locale) {
		return messages.getMessage(key, null, fallback, locale);
	}
}
