package org.ieum.identity.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The hash of the newest access-log entry; locking this row serializes writers across nodes. */
@Entity
@Table(name = "identity_access_log_head")
class AccessLogHead {

	@Id
	private Integer id;

	@Column(name = "last_hash", nullable = false)
	private String lastHash;

	protected AccessLogHead() {
	}

	String getLastHash() {
		return lastHash;
	}

	void advance(String hash) {
		this.lastHash = hash;
	}
}
