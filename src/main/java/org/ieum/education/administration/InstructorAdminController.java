package org.ieum.education.administration;

import java.util.List;

import org.ieum.centers.CenterSummary;
import org.ieum.education.catalog.EducationViews;
import org.ieum.identity.StaffCenter;
import org.ieum.shared.web.RefusalsReturnTo;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The instructor pool of the staff member's centers. */
@Controller
@RefusalsReturnTo("/admin/education")
@RequestMapping("/admin/education/instructors")
class InstructorAdminController {

	private final Instructors instructors;

	InstructorAdminController(Instructors instructors) {
		this.instructors = instructors;
	}

	@GetMapping
	String list(StaffCenter staff, Model model) {
		List<CenterSummary> mine = staff.mine();
		model.addAttribute("centers", mine);
		model.addAttribute("instructors", instructors.of(mine.stream().map(CenterSummary::id).toList())
			.stream()
			.map(i -> new EducationViews.InstructorView(i.getId(), i.getName(), i.getExpertise(), i.isTrained()))
			.toList());
		return "education/admin/instructors";
	}

	@PostMapping
	String add(@RequestParam(required = false) Long centerId, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String expertise, @RequestParam(defaultValue = "false") boolean trained,
			RedirectAttributes redirect) {
		if (centerId == null || name.isBlank() || name.length() > 100 || expertise.length() > 300) {
			redirect.addFlashAttribute("error", "education.error.instructorFields");
			return "redirect:/admin/education/instructors";
		}
		instructors.add(centerId, name.strip(), CourseForm.blankToNull(expertise), trained);
		redirect.addFlashAttribute("notice", "education.notice.instructorAdded");
		return "redirect:/admin/education/instructors";
	}

	@PostMapping("/{id}/trained")
	String trained(@PathVariable long id, @RequestParam(defaultValue = "false") boolean trained,
			RedirectAttributes redirect) {
		instructors.markTrained(id, trained);
		redirect.addFlashAttribute("notice", "education.notice.saved");
		return "redirect:/admin/education/instructors";
	}

}
