package org.ieum.programs.administration;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ieum.enterprises.DesignationType;
import org.ieum.programs.CallKind;
import org.ieum.programs.call.ApplicantType;
import org.ieum.programs.call.CallDetails;
import org.ieum.programs.call.ProgramCall;
import org.ieum.shared.Seoul;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The staff form for a call's details; opening and closing are Asia/Seoul local date and time. */
public class CallForm {

	private Long centerId;

	@NotNull(message = "{programs.error.required}")
	private CallKind kind = CallKind.SUPPORT;

	@NotBlank(message = "{programs.error.required}")
	@Size(max = 200, message = "{programs.error.tooLong}")
	private String title;

	@Size(max = 4000, message = "{programs.error.tooLong}")
	private String purpose;

	@NotNull(message = "{programs.error.required}")
	private ApplicantType applicantType = ApplicantType.ORGANIZATION;

	private Set<DesignationType> eligibleTypes = new HashSet<>();

	@Size(max = 100, message = "{programs.error.tooLong}")
	private String eligibleRegion;

	@Size(max = 300, message = "{programs.error.tooLong}")
	private String eligibleStage;

	@NotNull(message = "{programs.error.required}")
	@Min(value = 0, message = "{programs.error.budget}")
	@Max(value = 1_000_000_000_000L, message = "{programs.error.budget}")
	private Long budgetWon;

	@NotNull(message = "{programs.error.required}")
	@Min(value = 1, message = "{programs.error.awardCount}")
	@Max(value = 1000, message = "{programs.error.awardCount}")
	private Integer awardCount;

	@NotNull(message = "{programs.error.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate opensDate;

	@NotNull(message = "{programs.error.required}")
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime opensTime = LocalTime.of(9, 0);

	@NotNull(message = "{programs.error.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate closesDate;

	@NotNull(message = "{programs.error.required}")
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime closesTime = LocalTime.of(18, 0);

	@Size(max = 2000, message = "{programs.error.tooLong}")
	private String requiredDocuments;

	private boolean scoresVisible;

	private boolean trimmedMean;

	public static CallForm of(ProgramCall call) {
		CallDetails d = call.details();
		CallForm form = new CallForm();
		form.centerId = call.getCenterId();
		form.kind = d.kind();
		form.title = d.title();
		form.purpose = d.purpose();
		form.applicantType = d.applicantType();
		form.eligibleTypes = new HashSet<>(d.eligibleTypes());
		form.eligibleRegion = d.eligibleRegion();
		form.eligibleStage = d.eligibleStage();
		form.budgetWon = d.budgetWon();
		form.awardCount = d.awardCount();
		form.opensDate = Seoul.at(d.opensAt()).toLocalDate();
		form.opensTime = Seoul.at(d.opensAt()).toLocalTime().withSecond(0).withNano(0);
		form.closesDate = Seoul.at(d.closesAt()).toLocalDate();
		form.closesTime = Seoul.at(d.closesAt()).toLocalTime().withSecond(0).withNano(0);
		form.requiredDocuments = d.requiredDocuments();
		form.scoresVisible = d.scoresVisible();
		form.trimmedMean = d.trimmedMean();
		return form;
	}

	public void check(Errors errors) {
		if (opensDate != null && opensTime != null && closesDate != null && closesTime != null
				&& !closesDate.atTime(closesTime).isAfter(opensDate.atTime(opensTime))) {
			errors.rejectValue("closesDate", "programs.error.period");
		}
	}

	public void checkNew(Errors errors) {
		if (centerId == null) {
			errors.rejectValue("centerId", "programs.error.required");
		}
		check(errors);
	}

	public CallDetails toDetails() {
		return new CallDetails(kind, title.strip(), blankToNull(purpose), applicantType,
				eligibleTypes == null || eligibleTypes.isEmpty() ? Set.of() : EnumSet.copyOf(eligibleTypes),
				blankToNull(eligibleRegion), blankToNull(eligibleStage), budgetWon, awardCount,
				opensDate.atTime(opensTime).atZone(Seoul.ZONE).toInstant(),
				closesDate.atTime(closesTime).atZone(Seoul.ZONE).toInstant(), blankToNull(requiredDocuments),
				scoresVisible, trimmedMean);
	}

	public static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public Long getCenterId() {
		return centerId;
	}

	public void setCenterId(Long centerId) {
		this.centerId = centerId;
	}

	public CallKind getKind() {
		return kind;
	}

	public void setKind(CallKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getPurpose() {
		return purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public ApplicantType getApplicantType() {
		return applicantType;
	}

	public void setApplicantType(ApplicantType applicantType) {
		this.applicantType = applicantType;
	}

	public Set<DesignationType> getEligibleTypes() {
		return eligibleTypes;
	}

	public void setEligibleTypes(Set<DesignationType> eligibleTypes) {
		this.eligibleTypes = eligibleTypes;
	}

	public String getEligibleRegion() {
		return eligibleRegion;
	}

	public void setEligibleRegion(String eligibleRegion) {
		this.eligibleRegion = eligibleRegion;
	}

	public String getEligibleStage() {
		return eligibleStage;
	}

	public void setEligibleStage(String eligibleStage) {
		this.eligibleStage = eligibleStage;
	}

	public Long getBudgetWon() {
		return budgetWon;
	}

	public void setBudgetWon(Long budgetWon) {
		this.budgetWon = budgetWon;
	}

	public Integer getAwardCount() {
		return awardCount;
	}

	public void setAwardCount(Integer awardCount) {
		this.awardCount = awardCount;
	}

	public LocalDate getOpensDate() {
		return opensDate;
	}

	public void setOpensDate(LocalDate opensDate) {
		this.opensDate = opensDate;
	}

	public LocalTime getOpensTime() {
		return opensTime;
	}

	public void setOpensTime(LocalTime opensTime) {
		this.opensTime = opensTime;
	}

	public LocalDate getClosesDate() {
		return closesDate;
	}

	public void setClosesDate(LocalDate closesDate) {
		this.closesDate = closesDate;
	}

	public LocalTime getClosesTime() {
		return closesTime;
	}

	public void setClosesTime(LocalTime closesTime) {
		this.closesTime = closesTime;
	}

	public String getRequiredDocuments() {
		return requiredDocuments;
	}

	public void setRequiredDocuments(String requiredDocuments) {
		this.requiredDocuments = requiredDocuments;
	}

	public boolean isScoresVisible() {
		return scoresVisible;
	}

	public void setScoresVisible(boolean scoresVisible) {
		this.scoresVisible = scoresVisible;
	}

	public boolean isTrimmedMean() {
		return trimmedMean;
	}

	public void setTrimmedMean(boolean trimmedMean) {
		this.trimmedMean = trimmedMean;
	}
}
