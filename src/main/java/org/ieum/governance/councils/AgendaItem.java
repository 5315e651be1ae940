package org.ieum.governance.councils;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One item on a meeting's agenda and, once the meeting voted, its decision with the counts. */
@Entity
@Table(name = "governance_agenda_item")
public class AgendaItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	private Decision decision;

	@Column(name = "votes_for")
	private Integer votesFor;

	@Column(name = "votes_against")
	private Integer votesAgainst;

	@Column(name = "votes_abstain")
	private Integer votesAbstain;

	protected AgendaItem() {
	}

	AgendaItem(int position, String title) {
		this.position = position;
		this.title = title;
	}

	void decide(Decision decision, int votesFor, int votesAgainst, int votesAbstain) {
		this.decision = decision;
		this.votesFor = votesFor;
		this.votesAgainst = votesAgainst;
		this.votesAbstain = votesAbstain;
	}

	public Long getId() {
		return id;
	}

	public int getPosition() {
		return position;
	}

	public String getTitle() {
		return title;
	}

	public Decision getDecision() {
		return decision;
	}

	public Integer getVotesFor() {
		return votesFor;
	}

	public Integer getVotesAgainst() {
		return votesAgainst;
	}

	public Integer getVotesAbstain() {
		return votesAbstain;
	}
}
