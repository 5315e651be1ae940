package org.ieum.incubation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One thing staff hand over or check at move-in (keys, contract, equipment), ticked when done. */
@Entity
@Table(name = "incubation_checklist_item")
public class ChecklistItem {

	/** The items every move-in starts with; their labels are messages incubation.checklist.{code}. */
	public static final String[] STANDARD = { "KEYS", "CONTRACT", "EQUIPMENT" };

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "tenancy_id", nullable = false)
	private long tenancyId;

	private String code;

	private String label;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(name = "done_at")
	private Instant doneAt;

	@Column(name = "done_by")
	private Long doneBy;

	protected ChecklistItem() {
	}

	private ChecklistItem(long tenancyId, String code, String label, int sortOrder) {
		this.tenancyId = tenancyId;
		this.code = code;
		this.label = label;
		this.sortOrder = sortOrder;
	}

	public static ChecklistItem standard(long tenancyId, String code, int sortOrder) {
		return new ChecklistItem(tenancyId, code, null, sortOrder);
	}

	static ChecklistItem custom(long tenancyId, String label, int sortOrder) {
		return new ChecklistItem(tenancyId, null, label, sortOrder);
	}

	public void tick(boolean done, Long by, Instant now) {
		if (done && doneAt == null) {
			this.doneAt = now;
			this.doneBy = by;
		}
		else if (!done) {
			this.doneAt = null;
			this.doneBy = null;
		}
	}

	public Long getId() {
		return id;
	}

	long getTenancyId() {
		return tenancyId;
	}

	String getCode() {
		return code;
	}

	String getLabel() {
		return label;
	}

	int getSortOrder() {
		return sortOrder;
	}

	Instant getDoneAt() {
		return doneAt;
	}
}
