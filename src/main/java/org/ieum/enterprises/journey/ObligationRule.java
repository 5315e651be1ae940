package org.ieum.enterprises.journey;

import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.VillageStage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A yearly duty of a designation type, due on the last day of a month, kept as data because the guidelines behind
 * it (the interior ministry's village enterprise rules) change from year to year.
 */
@Entity
@Table(name = "enterprises_obligation_rule")
class ObligationRule {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(name = "designation_type", nullable = false, length = 32)
	private DesignationType designationType;

	/** Only designations at this village enterprise stage; {@code null} for every stage. */
	@Enumerated(EnumType.STRING)
	@Column(name = "village_stage", length = 16)
	private VillageStage villageStage;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(name = "due_month", nullable = false)
	private int dueMonth;

	@Column(nullable = false)
	private boolean active = true;

	protected ObligationRule() {
	}

	ObligationRule(long id, DesignationType designationType, VillageStage villageStage, String title, int dueMonth) {
		this.id = id;
		this.designationType = designationType;
		this.villageStage = villageStage;
		this.title = title;
		this.dueMonth = dueMonth;
	}

	boolean appliesTo(DesignationType type, VillageStage stage) {
		return active && designationType == type && (villageStage == null || villageStage == stage);
	}

	Long getId() {
		return id;
	}

	String getTitle() {
		return title;
	}

	int getDueMonth() {
		return dueMonth;
	}
}
