package org.ieum.centers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A place a center runs; the main site's address and hours are the ones a portal shows first. */
@Entity
@EntityListeners(CenterRecordsChanged.Listener.class)
@Table(name = "centers_site")
public class Site {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private Long centerId;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(nullable = false, length = 500)
	private String address;

	@Column(length = 40)
	private String phone;

	@Column(name = "main_site", nullable = false)
	private boolean mainSite;

	protected Site() {
	}

	public Site(long centerId, String name, String address, String phone) {
		this.centerId = centerId;
		this.name = name;
		this.address = address;
		this.phone = phone;
	}

	void describe(String name, String address, String phone) {
		this.name = name;
		this.address = address;
		this.phone = phone;
	}

	public void makeMain() {
		this.mainSite = true;
	}

	void makeSecondary() {
		this.mainSite = false;
	}

	SiteSummary summary() {
		return new SiteSummary(id, centerId, name, address, phone, mainSite);
	}

	public Long getId() {
		return id;
	}

	Long getCenterId() {
		return centerId;
	}

	String getName() {
		return name;
	}

	String getAddress() {
		return address;
	}

	String getPhone() {
		return phone;
	}

	boolean isMainSite() {
		return mainSite;
	}
}
