package org.ieum.education.administration;

import java.util.List;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.education.CourseKind;
import org.ieum.education.TargetGroup;
import org.ieum.education.catalog.CourseCatalog;
import org.ieum.education.catalog.EducationViews;
import org.ieum.education.course.Course;
import org.ieum.education.course.MaterialAudience;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The course form page, new or existing, with what its choices need. The course pages and the session pages both
 * show it (a session refused shows the course page again with the message), so it is put together in one place.
 */
@Component
class CourseEditPage {

	private final CourseAdministration administration;
	private final Instructors instructors;
	private final CourseCatalog catalog;
	private final CentersApi centers;

	CourseEditPage(CourseAdministration administration, Instructors instructors, CourseCatalog catalog,
			CentersApi centers) {
		this.administration = administration;
		this.instructors = instructors;
		this.catalog = catalog;
		this.centers = centers;
	}

	/** The new-course page ({@code course} null) or a course's page; the form itself is already in the model. */
	String show(List<CenterSummary> mine, Course course, Model model) {
		model.addAttribute("centers", mine);
		model.addAttribute("kinds", CourseKind.values());
		model.addAttribute("targets", TargetGroup.values());
		long centerId = course != null ? course.getCenterId() : mine.size() == 1 ? mine.get(0).id() : -1;
		model.addAttribute("instructors", instructors.of(
				centerId >= 0 ? List.of(centerId) : mine.stream().map(CenterSummary::id).toList()).stream()
			.map(i -> new EducationViews.InstructorView(i.getId(), i.getName(), i.getExpertise(), i.isTrained()))
			.toList());
		if (course == null) {
			return "education/admin/new";
		}
		model.addAttribute("course", catalog.view(course));
		model.addAttribute("materialAudiences", MaterialAudience.values());
		model.addAttribute("centerName", centers.findById(course.getCenterId()).map(CenterSummary::name).orElse(""));
		model.addAttribute("centerSlug", centers.findById(course.getCenterId()).map(CenterSummary::slug).orElse(""));
		model.addAttribute("rooms", administration.roomsFor(course.getCenterId()));
		return "education/admin/edit";
	}
}
