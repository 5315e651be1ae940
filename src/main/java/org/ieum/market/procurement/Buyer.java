package org.ieum.market.procurement;

import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A public body in a center's register, with its purchase target (구매목표) per year in won. */
@Entity
@Table(name = "market_buyer")
class Buyer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(nullable = false, length = 100)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private BuyerKind kind;

	@Column(nullable = false, length = 40)
	private String sido;

	@Column(name = "contact_name", length = 50)
	private String contactName;

	@Column(name = "contact_phone", length = 30)
	private String contactPhone;

	@Column(name = "contact_email", length = 200)
	private String contactEmail;

	@ElementCollection
	@CollectionTable(name = "market_buyer_target", joinColumns = @JoinColumn(name = "buyer_id"))
	@MapKeyColumn(name = "target_year")
	@Column(name = "target_won", nullable = false)
	private Map<Integer, Long> targets = new HashMap<>();

	@Version
	private long version;

	protected Buyer() {
	}

	Buyer(long centerId, Buyers.Terms terms) {
		this.centerId = centerId;
		describe(terms);
	}

	void describe(Buyers.Terms terms) {
		this.name = terms.name();
		this.kind = terms.kind();
		this.sido = terms.sido();
		this.contactName = terms.contactName();
		this.contactPhone = terms.contactPhone();
		this.contactEmail = terms.contactEmail();
	}

	void setTarget(int year, long won) {
		targets.put(year, won);
	}

	Long targetIn(int year) {
		return targets.get(year);
	}

	Map<Integer, Long> getTargets() {
		return Map.copyOf(targets);
	}

	Long getId() {
		return id;
	}

	long getCenterId() {
		return centerId;
	}

	String getName() {
		return name;
	}

	BuyerKind getKind() {
		return kind;
	}

	String getSido() {
		return sido;
	}

	String getContactName() {
		return contactName;
	}

	String getContactPhone() {
		return contactPhone;
	}

	String getContactEmail() {
		return contactEmail;
	}
}
