package org.ieum.education.administration;

import java.time.Clock;

import org.ieum.education.course.Material;
import org.ieum.education.course.MaterialAudience;
import org.ieum.education.course.MaterialFiles;
import org.ieum.education.course.MaterialRepository;
import org.ieum.shared.files.DownloadNames;
import org.ieum.shared.files.FileArea;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The files staff hand out with a course, each for anyone, for its participants or for staff only. */
@Service
@Transactional
class CourseMaterials {

	private final CourseAdministration administration;
	private final MaterialRepository materials;
	private final MaterialFiles files;
	private final Clock clock;

	CourseMaterials(CourseAdministration administration, MaterialRepository materials, MaterialFiles files,
			Clock clock) {
		this.administration = administration;
		this.materials = materials;
		this.files = files;
		this.clock = clock;
	}

	/** The file is checked by its content before anything is saved; a refused file changes nothing. */
	Material add(long courseId, String title, MaterialAudience audience, String fileName, byte[] bytes) {
		administration.courseToManage(courseId);
		FileArea.StoredFile stored = files.store(bytes);
		return materials.save(new Material(courseId, title, audience, stored,
				DownloadNames.of(fileName, stored.file()), clock.instant()));
	}

	/** The file goes once the removal is committed. */
	void remove(long courseId, long materialId) {
		administration.courseToManage(courseId);
		materials.findById(materialId).filter(m -> m.getCourseId() == courseId).ifPresent(m -> {
			materials.delete(m);
			files.deleteAfterCommit(m.getFile());
		});
	}
}
