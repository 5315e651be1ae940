package org.ieum.identity.accounts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ieum.identity.Role;

@Entity
@Table(name = "identity_account")
public class Account {

	static final String DELETED_NAME = "탈퇴한 회원";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String email;

	@Column(name = "password_hash")
	private String passwordHash;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	private String phone;

	@Column(name = "birth_date")
	private LocalDate birthDate;

	@Column(name = "home_center_id")
	private Long homeCenterId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AccountStatus status;

	@Column(name = "guardian_name")
	private String guardianName;

	@Column(name = "guardian_contact")
	private String guardianContact;

	@Column(name = "guardian_confirmed_at")
	private Instant guardianConfirmedAt;

	@Column(name = "guardian_confirmed_by")
	private Long guardianConfirmedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	@Column(name = "email_verified_at")
	private Instant emailVerifiedAt;

	@Column(name = "phone_verified_at")
	private Instant phoneVerifiedAt;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "account_id", nullable = false)
	private List<RoleGrant> roles = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "account_id", nullable = false)
	private List<Consent> consents = new ArrayList<>();

	/** Below this age (in whole years) a member signs up with a guardian's consent. */
	public static final int GUARDIAN_AGE = 14;

	public static boolean needsGuardian(LocalDate birthDate, LocalDate today) {
		return birthDate != null && Period.between(birthDate, today).getYears() < GUARDIAN_AGE;
	}

	protected Account() {
	}

	public Account(String email, String passwordHash, String displayName, LocalDate birthDate, Long homeCenterId,
			Instant now) {
		this.email = email;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.birthDate = birthDate;
		this.homeCenterId = homeCenterId;
		this.status = AccountStatus.ACTIVE;
		this.createdAt = now;
	}

	/** A child under 14 may use the account only after staff confirm the guardian's consent. */
	public void awaitGuardianConsent(String guardianName, String guardianContact) {
		this.guardianName = guardianName;
		this.guardianContact = guardianContact;
		this.status = AccountStatus.PENDING_GUARDIAN;
	}

	public void confirmGuardianConsent(long staffAccountId, Instant now) {
		if (status != AccountStatus.PENDING_GUARDIAN) {
			throw new IllegalStateException("not waiting for a guardian");
		}
		this.status = AccountStatus.ACTIVE;
		this.guardianConfirmedAt = now;
		this.guardianConfirmedBy = staffAccountId;
	}

	public void agree(ConsentPurpose purpose, Instant now) {
		consents.add(new Consent(purpose, purpose.currentVersion(), now));
	}

	/** Withdraws the active consent for a purpose; required purposes are withdrawn only by deleting the account. */
	public boolean withdraw(ConsentPurpose purpose, Instant now) {
		Optional<Consent> active = activeConsent(purpose);
		active.ifPresent(c -> c.withdraw(now));
		return active.isPresent();
	}

	public Optional<Consent> activeConsent(ConsentPurpose purpose) {
		return consents.stream().filter(c -> c.getPurpose() == purpose && c.isActive()).findFirst();
	}

	public boolean grant(Role role, Long centerId, Long grantedBy, Instant now) {
		if (holds(role, centerId)) {
			return false;
		}
		roles.add(new RoleGrant(role, role.centerScoped() ? centerId : null, grantedBy, now));
		return true;
	}

	boolean revoke(Role role, Long centerId) {
		return roles.removeIf(g -> g.getRole() == role && Objects.equals(g.getCenterId(), centerId));
	}

	public boolean holds(Role role, Long centerId) {
		Long scope = role.centerScoped() ? centerId : null;
		return roles.stream().anyMatch(g -> g.getRole() == role && Objects.equals(g.getCenterId(), scope));
	}

	/** The person showed they read mail at this address (a verification or reset link). */
	public void verifyEmail(Instant now) {
		if (emailVerifiedAt == null) {
			emailVerifiedAt = now;
		}
	}

	public boolean isEmailVerified() {
		return emailVerifiedAt != null;
	}

	/** A different number is no longer the one the member proved they hold. */
	public void changeProfile(String displayName, String phone) {
		this.displayName = displayName;
		if (!Objects.equals(this.phone, phone)) {
			this.phoneVerifiedAt = null;
		}
		this.phone = phone;
	}

	/** The member typed the code sent to this number: it becomes their verified number. */
	public void verifyPhone(String phone, Instant now) {
		this.phone = phone;
		this.phoneVerifiedAt = now;
	}

	public boolean isPhoneVerified() {
		return phone != null && phoneVerifiedAt != null;
	}

	public void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	/**
	 * Removes personal data but keeps the row, so records that must stay (access logs,
	 * bookings, certificates) still point at an anonymous account.
	 */
	public void anonymize(Instant now) {
		this.email = "deleted-" + id + "@deleted.invalid";
		this.passwordHash = null;
		this.displayName = DELETED_NAME;
		this.phone = null;
		this.phoneVerifiedAt = null;
		this.birthDate = null;
		this.guardianName = null;
		this.guardianContact = null;
		this.status = AccountStatus.DELETED;
		this.deletedAt = now;
		this.emailVerifiedAt = null;
		this.roles.clear();
		this.consents.stream().filter(Consent::isActive).forEach(c -> c.withdraw(now));
	}

	public boolean isActive() {
		return status == AccountStatus.ACTIVE;
	}

	public Long getId() {
		return id;
	}

	public String getEmail() {
		return email;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getPhone() {
		return phone;
	}

	public LocalDate getBirthDate() {
		return birthDate;
	}

	public Long getHomeCenterId() {
		return homeCenterId;
	}

	public AccountStatus getStatus() {
		return status;
	}

	public String getGuardianName() {
		return guardianName;
	}

	public String getGuardianContact() {
		return guardianContact;
	}

	public Instant getGuardianConfirmedAt() {
		return guardianConfirmedAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public List<RoleGrant> getRoles() {
		return List.copyOf(roles);
	}

	public List<Consent> getConsents() {
		return List.copyOf(consents);
	}
}
