package org.ieum.content.home;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A quick link on a center's home page: a short label and where it goes. */
@Entity
@Table(name = "content_quick_link")
public class QuickLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(nullable = false)
	private String label;

	@Column(nullable = false)
	private String url;

	@Column(nullable = false)
	private int position;

	protected QuickLink() {
	}

	public QuickLink(long centerId, String label, String url, int position) {
		this.centerId = centerId;
		this.label = label;
		this.url = url;
		this.position = position;
	}

	void moveTo(int position) {
		this.position = position;
	}

	public Long getId() {
		return id;
	}

	public long getCenterId() {
		return centerId;
	}

	public String getLabel() {
		return label;
	}

	public String getUrl() {
		return url;
	}

	public int getPosition() {
		return position;
	}
}
