package org.ieum.identity.registration;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

class SignupForm {

	@NotBlank(message = "{signup.email.required}")
	@Email(message = "{signup.email.invalid}")
	@Size(max = 320, message = "{signup.email.invalid}")
	private String email;

	@NotBlank(message = "{password.required}")
	private String password;

	@NotBlank(message = "{password.confirm.required}")
	private String passwordConfirm;

	@NotBlank(message = "{signup.name.required}")
	@Size(max = 50, message = "{signup.name.tooLong}")
	private String displayName;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@NotNull(message = "{signup.birthDate.required}")
	@Past(message = "{signup.birthDate.future}")
	private LocalDate birthDate;

	private Long homeCenterId;

	@Size(max = 50, message = "{signup.guardian.tooLong}")
	private String guardianName;

	@Size(max = 100, message = "{signup.guardian.tooLong}")
	private String guardianContact;

	private boolean agreeTerms;

	private boolean agreePrivacy;

	private boolean agreeMarketing;

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getPasswordConfirm() {
		return passwordConfirm;
	}

	public void setPasswordConfirm(String passwordConfirm) {
		this.passwordConfirm = passwordConfirm;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public LocalDate getBirthDate() {
		return birthDate;
	}

	public void setBirthDate(LocalDate birthDate) {
		this.birthDate = birthDate;
	}

	public Long getHomeCenterId() {
		return homeCenterId;
	}

	public void setHomeCenterId(Long homeCenterId) {
		this.homeCenterId = homeCenterId;
	}

	public String getGuardianName() {
		return guardianName;
	}

	public void setGuardianName(String guardianName) {
		this.guardianName = guardianName;
	}

	public String getGuardianContact() {
		return guardianContact;
	}

	public void setGuardianContact(String guardianContact) {
		this.guardianContact = guardianContact;
	}

	public boolean isAgreeTerms() {
		return agreeTerms;
	}

	public void setAgreeTerms(boolean agreeTerms) {
		this.agreeTerms = agreeTerms;
	}

	public boolean isAgreePrivacy() {
		return agreePrivacy;
	}

	public void setAgreePrivacy(boolean agreePrivacy) {
		this.agreePrivacy = agreePrivacy;
	}

	public boolean isAgreeMarketing() {
		return agreeMarketing;
	}

	public void setAgreeMarketing(boolean agreeMarketing) {
		this.agreeMarketing = agreeMarketing;
	}
}
