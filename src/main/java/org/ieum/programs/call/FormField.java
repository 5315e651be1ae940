package org.ieum.programs.call;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.ieum.shared.web.Refusal;

/** One question of a call's application or report form. */
@Entity
@Table(name = "programs_form_field")
public class FormField {

	public static final int MAX_TEXT = 200;

	public static final int MAX_LONG_TEXT = 10_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "call_id", nullable = false)
	private long callId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FormKind form;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(nullable = false)
	private String label;

	@Enumerated(EnumType.STRING)
	@Column(name = "field_type", nullable = false)
	private FieldType fieldType;

	@Column(nullable = false)
	private boolean required;

	/** Choices one per line, for {@link FieldType#CHOICE}. */
	private String choices;

	protected FormField() {
	}

	public FormField(long callId, FormKind form, int sortOrder, String label, FieldType fieldType, boolean required,
			List<String> choices) {
		if (fieldType == FieldType.CHOICE && choices.isEmpty()) {
			throw new Refusal("programs.error.choicesMissing");
		}
		this.callId = callId;
		this.form = form;
		this.sortOrder = sortOrder;
		this.label = label;
		this.fieldType = fieldType;
		this.required = required;
		this.choices = fieldType == FieldType.CHOICE ? String.join("\n", choices) : null;
	}

	/**
	 * The answer as stored, or an exception naming what is wrong with it. Blank means "not
	 * answered" and is checked for required fields only at submission, so drafts save freely.
	 */
	public String normalize(String raw) {
		String value = raw == null ? "" : raw.strip();
		if (value.isEmpty()) {
			return "";
		}
		switch (fieldType) {
			case TEXT -> {
				if (value.length() > MAX_TEXT) {
					throw new Refusal("programs.error.answerTooLong");
				}
			}
			case LONG_TEXT -> {
				if (value.length() > MAX_LONG_TEXT) {
					throw new Refusal("programs.error.answerTooLong");
				}
			}
			case NUMBER -> {
				String number = value.replace(",", "").strip();
				// plain digits only: an exponent such as 1E999999999 would expand to a billion characters
				if (!number.matches("-?\\d{1,20}(\\.\\d{1,10})?")) {
					throw new Refusal("programs.error.answerNumber");
				}
				try {
					value = new BigDecimal(number).stripTrailingZeros().toPlainString();
				}
				catch (NumberFormatException ex) {
					throw new Refusal("programs.error.answerNumber");
				}
				if (value.length() > 30) {
					throw new Refusal("programs.error.answerNumber");
				}
			}
			case AMOUNT -> {
				String digits = value.replace(",", "").replace("원", "").strip();
				if (!digits.matches("\\d{1,15}")) {
					throw new Refusal("programs.error.answerAmount");
				}
				value = Long.toString(Long.parseLong(digits));
			}
			case DATE -> {
				try {
					value = LocalDate.parse(value).toString();
				}
				catch (DateTimeParseException ex) {
					throw new Refusal("programs.error.answerDate");
				}
			}
			case CHOICE -> {
				if (!choiceList().contains(value)) {
					throw new Refusal("programs.error.answerChoice");
				}
			}
			case FILE -> throw new Refusal("programs.error.answerFile");
		}
		return value;
	}

	public List<String> choiceList() {
		return choices == null ? List.of()
				: Arrays.stream(choices.split("\n")).map(String::strip).filter(c -> !c.isEmpty()).toList();
	}

	public Long getId() {
		return id;
	}

	public long getCallId() {
		return callId;
	}

	public FormKind getForm() {
		return form;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public String getLabel() {
		return label;
	}

	public FieldType getFieldType() {
		return fieldType;
	}

	public boolean isRequired() {
		return required;
	}
}
