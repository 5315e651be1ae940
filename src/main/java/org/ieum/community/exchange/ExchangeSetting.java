package org.ieum.community.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A center's choice whether everyone, not only managers of organizations, may read its exchange board. */
@Entity
@Table(name = "community_exchange_setting")
public class ExchangeSetting {

	@Id
	@Column(name = "center_id")
	private Long centerId;

	@Column(name = "citizens_may_read", nullable = false)
	private boolean citizensMayRead;

	protected ExchangeSetting() {
	}

	public ExchangeSetting(long centerId, boolean citizensMayRead) {
		this.centerId = centerId;
		this.citizensMayRead = citizensMayRead;
	}

	void open(boolean citizens) {
		this.citizensMayRead = citizens;
	}

	boolean citizensMayRead() {
		return citizensMayRead;
	}
}
