package org.ieum.governance.assessments;

import java.time.Instant;
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

/** One question of a center's self-assessment for a year, with its group, kind and weight. */
@Entity
@Table(name = "governance_indicator")
public class Indicator {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(name = "assess_year", nullable = false)
	private int year;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private IndicatorArea area;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private IndicatorKind kind;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private int weight;

	@Column(name = "min_value")
	private Integer minValue;

	@Column(name = "max_value")
	private Integer maxValue;

	private String choices;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Indicator() {
	}

	public Indicator(long centerId, int year, IndicatorArea area, IndicatorKind kind, String title, int weight,
			Integer minValue, Integer maxValue, List<String> choices, Instant now) {
		if (kind == IndicatorKind.TEXT && weight != 0) {
			throw new Refusal("governance.error.textWeight");
		}
		if (kind != IndicatorKind.TEXT && weight < 1) {
			throw new Refusal("governance.error.weight");
		}
		if (kind == IndicatorKind.NUMBER && (minValue == null || maxValue == null || maxValue <= minValue)) {
			throw new Refusal("governance.error.numberRange");
		}
		if (kind == IndicatorKind.CHOICE && (choices == null || choices.size() < 2)) {
			throw new Refusal("governance.error.choices");
		}
		this.centerId = centerId;
		this.year = year;
		this.area = area;
		this.kind = kind;
		this.title = title;
		this.weight = weight;
		this.minValue = kind == IndicatorKind.NUMBER ? minValue : null;
		this.maxValue = kind == IndicatorKind.NUMBER ? maxValue : null;
		this.choices = kind == IndicatorKind.CHOICE ? String.join("|", choices) : null;
		this.createdAt = now;
	}

	/**
	 * Reads an answer typed for this indicator, refusing one outside the range or the choices.
	 * @return the answer as stored
	 */
	public String read(String typed) {
		String value = typed == null ? "" : typed.strip();
		if (value.isEmpty()) {
			throw new Refusal("governance.error.answerMissing", title);
		}
		switch (kind) {
			case NUMBER -> {
				try {
					int number = Integer.parseInt(value);
					if (number < minValue || number > maxValue) {
						throw new Refusal("governance.error.answerRange", title, minValue, maxValue);
					}
					return Integer.toString(number);
				}
				catch (NumberFormatException ex) {
					throw new Refusal("governance.error.answerRange", title, minValue, maxValue);
				}
			}
			case YES_NO -> {
				if (!value.equals("yes") && !value.equals("no")) {
					throw new Refusal("governance.error.answerChoice", title);
				}
				return value;
			}
			case CHOICE -> {
				if (!choiceList().contains(value)) {
					throw new Refusal("governance.error.answerChoice", title);
				}
				return value;
			}
			default -> {
				if (value.length() > 2000) {
					throw new Refusal("governance.error.tooLong", title, 2000);
				}
				return value;
			}
		}
	}

	/** What a read answer earns, from 0 to 1 of the weight. */
	public double fraction(String answer) {
		return switch (kind) {
			case NUMBER -> (Integer.parseInt(answer) - minValue) / (double) (maxValue - minValue);
			case YES_NO -> answer.equals("yes") ? 1 : 0;
			case CHOICE -> {
				List<String> list = choiceList();
				yield (list.size() - 1 - list.indexOf(answer)) / (double) (list.size() - 1);
			}
			case TEXT -> 0;
		};
	}

	public List<String> choiceList() {
		return choices == null ? List.of() : Arrays.asList(choices.split("\\|"));
	}

	public Long getId() {
		return id;
	}

	public long getCenterId() {
		return centerId;
	}

	public int getYear() {
		return year;
	}

	public IndicatorArea getArea() {
		return area;
	}

	public IndicatorKind getKind() {
		return kind;
	}

	public String getTitle() {
		return title;
	}

	public int getWeight() {
		return weight;
	}

	public Integer getMinValue() {
		return minValue;
	}

	public Integer getMaxValue() {
		return maxValue;
	}
}
