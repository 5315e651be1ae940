package org.ieum.centers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A line of the 조직 및 연락처 table: which team handles what, and how to reach it. */
@Entity
@Table(name = "centers_contact")
public class Contact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private Long centerId;

	@Column(nullable = false, length = 100)
	private String team;

	@Column(nullable = false, length = 300)
	private String duty;

	@Column(length = 40)
	private String phone;

	@Column(nullable = false)
	private int position;

	protected Contact() {
	}

	public Contact(long centerId, String team, String duty, String phone, int position) {
		this.centerId = centerId;
		this.team = team;
		this.duty = duty;
		this.phone = phone;
		this.position = position;
	}

	Long getId() {
		return id;
	}

	Long getCenterId() {
		return centerId;
	}

	String getTeam() {
		return team;
	}

	String getDuty() {
		return duty;
	}

	String getPhone() {
		return phone;
	}

	int getPosition() {
		return position;
	}
}
