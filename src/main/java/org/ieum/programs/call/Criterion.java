package org.ieum.programs.call;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.ieum.shared.web.Refusal;

/**
 * One evaluation criterion: reviewers give 0 to {@code maxScore}; its share of a reviewer's
 * total is {@code score / maxScore × weight}, so weights that add up to 100 give totals out of 100.
 */
@Entity
@Table(name = "programs_criterion")
public class Criterion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "call_id", nullable = false)
	private long callId;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private int weight;

	@Column(name = "max_score", nullable = false)
	private int maxScore;

	protected Criterion() {
	}

	public Criterion(long callId, int sortOrder, String name, int weight, int maxScore) {
		if (weight < 1 || weight > 100) {
			throw new Refusal("programs.error.weight");
		}
		if (maxScore < 1 || maxScore > 1000) {
			throw new Refusal("programs.error.maxScore");
		}
		this.callId = callId;
		this.sortOrder = sortOrder;
		this.name = name;
		this.weight = weight;
		this.maxScore = maxScore;
	}

	/** This criterion's share of a reviewer's weighted total: {@code score / maxScore × weight}. */
	public double weightedShare(int score) {
		return (double) score / maxScore * weight;
	}

	public Long getId() {
		return id;
	}

	public long getCallId() {
		return callId;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public String getName() {
		return name;
	}

	public int getWeight() {
		return weight;
	}

	public int getMaxScore() {
		return maxScore;
	}
}
