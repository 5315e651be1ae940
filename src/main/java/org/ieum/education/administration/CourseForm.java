package org.ieum.education.administration;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ieum.education.CourseKind;
import org.ieum.education.TargetGroup;
import org.ieum.education.course.Course;
import org.ieum.education.course.CourseDetails;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/** The staff form for a course's details. */
class CourseForm {

	/** Chosen only for a new course; checked in {@link #checkNew}. */
	private Long centerId;

	@NotNull(message = "{education.error.required}")
	private CourseKind kind;

	@NotBlank(message = "{education.error.required}")
	@Size(max = 200, message = "{education.error.tooLong}")
	private String title;

	@Size(max = 4000, message = "{education.error.tooLong}")
	private String description;

	@NotNull(message = "{education.error.required}")
	private TargetGroup targetGroup = TargetGroup.ANYONE;

	@Min(value = 0, message = "{education.error.age}")
	@Max(value = 120, message = "{education.error.age}")
	private Integer minAge;

	@Min(value = 0, message = "{education.error.age}")
	@Max(value = 120, message = "{education.error.age}")
	private Integer maxAge;

	@Size(max = 300, message = "{education.error.tooLong}")
	private String place;

	@NotNull(message = "{education.error.required}")
	@Min(value = 1, message = "{education.error.capacity}")
	@Max(value = 10000, message = "{education.error.capacity}")
	private Integer capacity;

	@NotNull(message = "{education.error.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate registrationOpens;

	@NotNull(message = "{education.error.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate registrationCloses;

	@NotNull(message = "{education.error.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate cancelUntil;

	private boolean approvalRequired;

	@NotNull(message = "{education.error.required}")
	@Min(value = 1, message = "{education.error.completion}")
	@Max(value = 100, message = "{education.error.completion}")
	private Integer completionPercent = 80;

	private Set<Long> instructorIds = new HashSet<>();

	static CourseForm of(Course course) {
		CourseForm form = new CourseForm();
		CourseDetails d = course.details();
		form.centerId = course.getCenterId();
		form.kind = d.kind();
		form.title = d.title();
		form.description = d.description();
		form.targetGroup = d.targetGroup();
		form.minAge = d.minAge();
		form.maxAge = d.maxAge();
		form.place = d.place();
		form.capacity = d.capacity();
		form.registrationOpens = d.registrationOpens();
		form.registrationCloses = d.registrationCloses();
		form.cancelUntil = d.cancelUntil();
		form.approvalRequired = d.approvalRequired();
		form.completionPercent = d.completionPercent();
		form.instructorIds = new HashSet<>(d.instructorIds());
		return form;
	}

	void checkNew(BindingResult errors) {
		if (centerId == null) {
			errors.rejectValue("centerId", "education.error.centerRequired");
		}
		check(errors);
	}

	/** Cross-field rules the annotations cannot express. */
	void check(BindingResult errors) {
		if (registrationOpens != null && registrationCloses != null && registrationCloses.isBefore(registrationOpens)) {
			errors.rejectValue("registrationCloses", "education.error.registrationPeriod");
		}
		if (minAge != null && maxAge != null && maxAge < minAge) {
			errors.rejectValue("maxAge", "education.error.ageRange");
		}
	}

	CourseDetails toDetails() {
		return new CourseDetails(kind, title.strip(), blankToNull(description), targetGroup, minAge, maxAge,
				blankToNull(place), capacity, registrationOpens, registrationCloses, cancelUntil, approvalRequired,
				completionPercent, instructorIds == null ? Set.of() : Set.copyOf(instructorIds));
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public Long getCenterId() { return centerId; }
	public void setCenterId(Long centerId) { this.centerId = centerId; }
	public CourseKind getKind() { return kind; }
	public void setKind(CourseKind kind) { this.kind = kind; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public TargetGroup getTargetGroup() { return targetGroup; }
	public void setTargetGroup(TargetGroup targetGroup) { this.targetGroup = targetGroup; }
	public Integer getMinAge() { return minAge; }
	public void setMinAge(Integer minAge) { this.minAge = minAge; }
	public Integer getMaxAge() { return maxAge; }
	public void setMaxAge(Integer maxAge) { this.maxAge = maxAge; }
	public String getPlace() { return place; }
	public void setPlace(String place) { this.place = place; }
	public Integer getCapacity() { return capacity; }
	public void setCapacity(Integer capacity) { this.capacity = capacity; }
	public LocalDate getRegistrationOpens() { return registrationOpens; }
	public void setRegistrationOpens(LocalDate registrationOpens) { this.registrationOpens = registrationOpens; }
	public LocalDate getRegistrationCloses() { return registrationCloses; }
	public void setRegistrationCloses(LocalDate registrationCloses) { this.registrationCloses = registrationCloses; }
	public LocalDate getCancelUntil() { return cancelUntil; }
	public void setCancelUntil(LocalDate cancelUntil) { this.cancelUntil = cancelUntil; }
	public boolean isApprovalRequired() { return approvalRequired; }
	public void setApprovalRequired(boolean approvalRequired) { this.approvalRequired = approvalRequired; }
	public Integer getCompletionPercent() { return completionPercent; }
	public void setCompletionPercent(Integer completionPercent) { this.completionPercent = completionPercent; }
	public Set<Long> getInstructorIds() { return instructorIds; }
	public void setInstructorIds(Set<Long> instructorIds) { this.instructorIds = instructorIds; }
}
