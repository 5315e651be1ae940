package org.ieum.consulting.cases;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ieum.shared.web.Refusal;

/**
 * An expert in a center's pool: an EXPERT account, or a record staff keep for someone without
 * one (then only staff act for them). Partner centers use the expert through an agreement.
 */
@Entity
@Table(name = "consulting_expert")
public class Expert {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(name = "account_id")
	private Long accountId;

	@Column(nullable = false)
	private String name;

	private String email;

	private String affiliation;

	private String career;

	@Column(nullable = false)
	private String fields;

	@Column(name = "available_days", nullable = false)
	private String availableDays;

	@Column(name = "availability_note")
	private String availabilityNote;

	@Column(name = "hourly_fee_won", nullable = false)
	private long hourlyFeeWon;

	@Column(nullable = false)
	private boolean active = true;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Expert() {
	}

	public Expert(long centerId, ExpertTerms terms, Long accountId, Instant now) {
		this.centerId = centerId;
		this.createdAt = now;
		revise(terms, accountId);
	}

	public void revise(ExpertTerms terms, Long accountId) {
		if (terms.fields().isEmpty()) {
			throw new Refusal("consulting.form.fields");
		}
		this.name = terms.name();
		this.email = terms.email();
		this.affiliation = terms.affiliation();
		this.career = terms.career();
		this.fields = terms.fields().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		this.availableDays = Days.format(terms.days());
		this.availabilityNote = terms.availabilityNote();
		this.hourlyFeeWon = terms.hourlyFeeWon();
		this.active = terms.active();
		this.accountId = accountId;
	}

	/** What staff type in for an expert. */
	public record ExpertTerms(String name, String email, String affiliation, String career, Set<ConsultingField> fields,
			Set<DayOfWeek> days, String availabilityNote, long hourlyFeeWon, boolean active) {
	}

	public Set<ConsultingField> fieldSet() {
		Set<ConsultingField> set = EnumSet.noneOf(ConsultingField.class);
		Arrays.stream(fields.split(",")).filter(s -> !s.isBlank()).forEach(s -> set.add(ConsultingField.valueOf(s)));
		return set;
	}

	public Set<DayOfWeek> daySet() {
		return Days.parse(availableDays);
	}

	public boolean isAccount(long accountId) {
		return this.accountId != null && this.accountId == accountId;
	}

	public Long getId() {
		return id;
	}

	public long getCenterId() {
		return centerId;
	}

	public Long getAccountId() {
		return accountId;
	}

	public String getName() {
		return name;
	}

	public String getEmail() {
		return email;
	}

	public String getAffiliation() {
		return affiliation;
	}

	public String getCareer() {
		return career;
	}

	public String getAvailabilityNote() {
		return availabilityNote;
	}

	public long getHourlyFeeWon() {
		return hourlyFeeWon;
	}

	public boolean isActive() {
		return active;
	}
}
