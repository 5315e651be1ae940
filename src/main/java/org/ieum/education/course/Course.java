package org.ieum.education.course;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ieum.education.CourseKind;
import org.ieum.education.EnrollmentStatus;
import org.ieum.education.TargetGroup;
import org.ieum.shared.web.Refusal;

/**
 * A course or event of one center. It counts its own taken seats so that "is there a seat"
 * is one row to lock, not a count over enrollments that two transactions could both pass.
 */
@Entity
@Table(name = "education_course")
public class Course {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CourseKind kind;

	@Column(nullable = false)
	private String title;

	private String description;

	@Enumerated(EnumType.STRING)
	@Column(name = "target_group", nullable = false)
	private TargetGroup targetGroup;

	@Column(name = "min_age")
	private Integer minAge;

	@Column(name = "max_age")
	private Integer maxAge;

	private String place;

	@Column(nullable = false)
	private int capacity;

	@Column(name = "seats_taken", nullable = false)
	private int seatsTaken;

	@Column(name = "registration_opens", nullable = false)
	private LocalDate registrationOpens;

	@Column(name = "registration_closes", nullable = false)
	private LocalDate registrationCloses;

	@Column(name = "cancel_until", nullable = false)
	private LocalDate cancelUntil;

	@Column(name = "approval_required", nullable = false)
	private boolean approvalRequired;

	@Column(name = "completion_percent", nullable = false)
	private int completionPercent;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "education_course_instructor", joinColumns = @JoinColumn(name = "course_id"))
	@Column(name = "instructor_id")
	private Set<Long> instructorIds = new HashSet<>();

	protected Course() {
	}

	public Course(long centerId, CourseDetails details, Instant now) {
		this.centerId = centerId;
		this.createdAt = now;
		revise(details);
	}

	public void revise(CourseDetails d) {
		if (d.capacity() < seatsTaken) {
			throw new Refusal("education.error.capacityBelowTaken");
		}
		if (d.registrationCloses().isBefore(d.registrationOpens())) {
			throw new Refusal("education.error.registrationPeriod");
		}
		if (d.minAge() != null && d.maxAge() != null && d.maxAge() < d.minAge()) {
			throw new Refusal("education.error.ageRange");
		}
		this.kind = d.kind();
		this.title = d.title();
		this.description = d.description();
		this.targetGroup = d.targetGroup();
		this.minAge = d.minAge();
		this.maxAge = d.maxAge();
		this.place = d.place();
		this.capacity = d.capacity();
		this.registrationOpens = d.registrationOpens();
		this.registrationCloses = d.registrationCloses();
		this.cancelUntil = d.cancelUntil();
		this.approvalRequired = d.approvalRequired();
		this.completionPercent = d.completionPercent();
		this.instructorIds.clear();
		this.instructorIds.addAll(d.instructorIds());
	}

	public CourseDetails details() {
		return new CourseDetails(kind, title, description, targetGroup, minAge, maxAge, place, capacity,
				registrationOpens, registrationCloses, cancelUntil, approvalRequired, completionPercent,
				Set.copyOf(instructorIds));
	}

	public boolean registrationOpenOn(LocalDate today) {
		return !today.isBefore(registrationOpens) && !today.isAfter(registrationCloses);
	}

	public boolean cancellableOn(LocalDate today) {
		return !today.isAfter(cancelUntil);
	}

	/** The age in years on the day of registration must lie within the course's limits. */
	public boolean admitsAge(Integer age) {
		if (minAge == null && maxAge == null) {
			return true;
		}
		return age != null && (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge);
	}

	public int seatsLeft() {
		return capacity - seatsTaken;
	}

	public boolean hasSeats(int count) {
		return seatsLeft() >= count;
	}

	/** Callers hold the row lock; the check constraint refuses the update should one forget. */
	public void takeSeats(int count) {
		if (!hasSeats(count)) {
			throw new Refusal("education.error.full");
		}
		seatsTaken += count;
	}

	public void freeSeat() {
		if (seatsTaken > 0) {
			seatsTaken--;
		}
	}

	/** A status a new or promoted participant gets: staff decide first when the course asks for approval. */
	public EnrollmentStatus seatedStatus() {
		return approvalRequired ? EnrollmentStatus.PENDING : EnrollmentStatus.CONFIRMED;
	}

	public Long getId() {
		return id;
	}

	public long getCenterId() {
		return centerId;
	}

	public CourseKind getKind() {
		return kind;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public TargetGroup getTargetGroup() {
		return targetGroup;
	}

	public Integer getMinAge() {
		return minAge;
	}

	public Integer getMaxAge() {
		return maxAge;
	}

	public String getPlace() {
		return place;
	}

	public int getCapacity() {
		return capacity;
	}

	public int getSeatsTaken() {
		return seatsTaken;
	}

	public LocalDate getRegistrationOpens() {
		return registrationOpens;
	}

	public LocalDate getRegistrationCloses() {
		return registrationCloses;
	}

	public LocalDate getCancelUntil() {
		return cancelUntil;
	}

	public boolean isApprovalRequired() {
		return approvalRequired;
	}

	public int getCompletionPercent() {
		return completionPercent;
	}

	public Set<Long> getInstructorIds() {
		return Set.copyOf(instructorIds);
	}
}
