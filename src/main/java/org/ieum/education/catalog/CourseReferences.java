package org.ieum.education.catalog;

import java.util.Set;

import org.ieum.centers.CentersApi;
import org.ieum.education.course.Course;
import org.ieum.education.course.CourseRepository;
import org.ieum.enterprises.ReadinessReferences;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A course linked to a readiness checklist item as preparation: it must be a course of one of the organization's
 * centers; the checklist shows its title, the staff course page and the public course page for the managers.
 */
@Component
class CourseReferences implements ReadinessReferences {

	private final CourseRepository courses;
	private final CentersApi centers;

	CourseReferences(CourseRepository courses, CentersApi centers) {
		this.courses = courses;
		this.centers = centers;
	}

	@Override
	public Kind kind() {
		return Kind.COURSE;
	}

	@Override
	@Transactional(readOnly = true)
	public Reference lookUp(Set<Long> centerIds, long id) {
		Course course = courses.findById(id).orElse(null);
		if (course == null) {
			return Reference.unknown();
		}
		String publicPath = centers.findById(course.getCenterId())
			.map(c -> "/c/" + c.slug() + "/education/" + id).orElse(null);
		return new Reference(centerIds.contains(course.getCenterId()) ? Standing.USABLE : Standing.ELSEWHERE,
				course.getTitle(), "/admin/education/" + id, publicPath);
	}
}
