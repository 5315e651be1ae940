package org.ieum.enterprises.administration;

import org.ieum.enterprises.DesignationStatus;
import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.VillageStage;
import org.ieum.enterprises.records.Designation;
import org.ieum.enterprises.records.DesignationTerms;
import org.ieum.enterprises.records.OrganizationForm;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

public class DesignationForm {

	@NotNull(message = "{enterprises.error.required}")
	private DesignationType type;

	@Size(max = 60, message = "{enterprises.error.tooLong}")
	private String number;

	@Size(max = 100, message = "{enterprises.error.tooLong}")
	private String issuer;

	@Size(max = 100, message = "{enterprises.error.tooLong}")
	private String ministry;

	private VillageStage villageStage;

	@Min(value = 1, message = "{enterprises.error.round}")
	@Max(value = 999, message = "{enterprises.error.round}")
	private Integer certificationRound;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate designatedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validUntil;

	@NotNull(message = "{enterprises.error.required}")
	private DesignationStatus status = DesignationStatus.ACTIVE;

	public static DesignationForm of(Designation d) {
		DesignationForm form = new DesignationForm();
		DesignationTerms t = d.terms();
		form.type = t.type();
		form.number = t.number();
		form.issuer = t.issuer();
		form.ministry = t.ministry();
		form.villageStage = t.villageStage();
		form.certificationRound = t.certificationRound();
		form.designatedOn = t.designatedOn();
		form.validUntil = t.validUntil();
		form.status = t.status();
		return form;
	}

	public void check(Errors errors) {
		if (type != null && type.needsMinistry() && (ministry == null || ministry.isBlank())) {
			errors.rejectValue("ministry", "enterprises.error.ministryRequired");
		}
		if (type != null && type.hasStages() && villageStage == null) {
			errors.rejectValue("villageStage", "enterprises.error.stageRequired");
		}
		if (designatedOn != null && validUntil != null && validUntil.isBefore(designatedOn)) {
			errors.rejectValue("validUntil", "enterprises.error.validBeforeDesignated");
		}
	}

	public DesignationTerms toTerms() {
		return new DesignationTerms(type, OrganizationForm.blankToNull(number), OrganizationForm.blankToNull(issuer),
				OrganizationForm.blankToNull(ministry), villageStage, certificationRound, designatedOn, validUntil, status);
	}

	public DesignationType getType() {
		return type;
	}

	public void setType(DesignationType type) {
		this.type = type;
	}

	public String getNumber() {
		return number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public String getIssuer() {
		return issuer;
	}

	public void setIssuer(String issuer) {
		this.issuer = issuer;
	}

	public String getMinistry() {
		return ministry;
	}

	public void setMinistry(String ministry) {
		this.ministry = ministry;
	}

	public VillageStage getVillageStage() {
		return villageStage;
	}

	public void setVillageStage(VillageStage villageStage) {
		this.villageStage = villageStage;
	}

	public Integer getCertificationRound() {
		return certificationRound;
	}

	public void setCertificationRound(Integer certificationRound) {
		this.certificationRound = certificationRound;
	}

	public LocalDate getDesignatedOn() {
		return designatedOn;
	}

	public void setDesignatedOn(LocalDate designatedOn) {
		this.designatedOn = designatedOn;
	}

	public LocalDate getValidUntil() {
		return validUntil;
	}

	public void setValidUntil(LocalDate validUntil) {
		this.validUntil = validUntil;
	}

	public DesignationStatus getStatus() {
		return status;
	}

	public void setStatus(DesignationStatus status) {
		this.status = status;
	}
}
