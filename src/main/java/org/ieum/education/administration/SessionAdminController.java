package org.ieum.education.administration;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.validation.Valid;

import org.ieum.education.attendance.Attendance;
import org.ieum.education.catalog.CourseCatalog;
import org.ieum.education.course.Course;
import org.ieum.education.course.CourseSession;
import org.ieum.education.course.MaterialAudience;
import org.ieum.identity.StaffCenter;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.ieum.shared.web.RefusalsReturnTo;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A course's sessions (day, time, room) and its materials, as staff set them up on the course page. */
@Controller
@RefusalsReturnTo("/admin/education")
@RequestMapping("/admin/education/{id}")
class SessionAdminController {

	private final CourseAdministration administration;
	private final CourseCatalog catalog;
	private final CourseEditPage editPage;
	private final CourseMaterials materials;
	private final Attendance attendance;

	SessionAdminController(CourseAdministration administration, CourseCatalog catalog, CourseEditPage editPage,
			CourseMaterials materials, Attendance attendance) {
		this.administration = administration;
		this.catalog = catalog;
		this.editPage = editPage;
		this.materials = materials;
		this.attendance = attendance;
	}

	@PostMapping("/sessions")
	String addSession(@PathVariable long id, @Valid @ModelAttribute("sessionForm") SessionForm form,
			BindingResult errors, StaffCenter staff, Model model, RedirectAttributes redirect) {
		Course course = administration.courseToManage(id);
		if (!errors.hasErrors()) {
			try {
				administration.addSession(id, form.getDate().atTime(form.getStarts()).atZone(Seoul.ZONE).toInstant(),
						form.getDate().atTime(form.getEnds()).atZone(Seoul.ZONE).toInstant(),
						CourseForm.blankToNull(form.getPlace()), form.getRoomId());
				redirect.addFlashAttribute("notice", "education.notice.sessionAdded");
				return "redirect:/admin/education/" + id + "#sessions";
			}
			catch (Refusal ex) {
				errors.reject(ex.messageKey(), ex.args(), null);
			}
		}
		model.addAttribute("courseForm", CourseForm.of(course));
		return editPage.show(staff.mine(), course, model);
	}

	/** Another day, time or room for one session; its room booking follows it. */
	@GetMapping("/sessions/{sessionId}")
	String session(@PathVariable long id, @PathVariable long sessionId, Model model) {
		Course course = administration.courseToManage(id);
		CourseSession session = attendance.sessionsOf(id).stream().filter(s -> s.getId() == sessionId).findFirst()
			.orElseThrow(() -> Refusal.notFound("education.error.noSession"));
		model.addAttribute("sessionForm", SessionForm.of(session));
		return sessionPage(course, sessionId, model);
	}

	@PostMapping("/sessions/{sessionId}")
	String moveSession(@PathVariable long id, @PathVariable long sessionId,
			@Valid @ModelAttribute("sessionForm") SessionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Course course = administration.courseToManage(id);
		if (!errors.hasErrors()) {
			try {
				administration.moveSession(id, sessionId,
						form.getDate().atTime(form.getStarts()).atZone(Seoul.ZONE).toInstant(),
						form.getDate().atTime(form.getEnds()).atZone(Seoul.ZONE).toInstant(),
						CourseForm.blankToNull(form.getPlace()), form.getRoomId());
				redirect.addFlashAttribute("notice", "education.notice.sessionMoved");
				return "redirect:/admin/education/" + id + "#sessions";
			}
			catch (Refusal ex) {
				errors.reject(ex.messageKey(), ex.args(), null);
			}
		}
		return sessionPage(course, sessionId, model);
	}

	private String sessionPage(Course course, long sessionId, Model model) {
		model.addAttribute("course", catalog.view(course));
		model.addAttribute("sessionId", sessionId);
		model.addAttribute("rooms", administration.roomsFor(course.getCenterId()));
		return "education/admin/session";
	}

	@PostMapping("/sessions/{sessionId}/delete")
	String removeSession(@PathVariable long id, @PathVariable long sessionId, RedirectAttributes redirect) {
		administration.removeSession(id, sessionId);
		redirect.addFlashAttribute("notice", "education.notice.removed");
		return "redirect:/admin/education/" + id + "#sessions";
	}

	@PostMapping("/materials")
	String addMaterial(@PathVariable long id, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "PUBLIC") MaterialAudience audience,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
		administration.courseToManage(id);
		try {
			if (title.isBlank() || title.length() > 200) {
				throw new Refusal("education.error.materialTitle");
			}
			if (file == null || file.isEmpty()) {
				throw new Refusal("education.error.fileEmpty");
			}
			materials.add(id, title.strip(), audience, file.getOriginalFilename(), bytes(file));
			redirect.addFlashAttribute("notice", "education.notice.materialAdded");
		}
		catch (Refusal ex) {
			Actions.refused(redirect, ex);
		}
		return "redirect:/admin/education/" + id + "#materials";
	}

	@PostMapping("/materials/{materialId}/delete")
	String removeMaterial(@PathVariable long id, @PathVariable long materialId, RedirectAttributes redirect) {
		materials.remove(id, materialId);
		redirect.addFlashAttribute("notice", "education.notice.removed");
		return "redirect:/admin/education/" + id + "#materials";
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
