package org.ieum.education.administration;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.ieum.centers.CenterSummary;
import org.ieum.education.catalog.CourseCatalog;
import org.ieum.education.course.Course;
import org.ieum.education.surveys.Surveys;
import org.ieum.identity.StaffCenter;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff's courses: the list of their centers' courses, creating and editing one, the questions people answer
 * when they apply, and the survey results. Sessions and materials are in {@link SessionAdminController}, the
 * roster and attendance in {@link RosterAdminController}.
 */
@Controller
@RefusalsReturnTo("/admin/education")
@RequestMapping("/admin/education")
class CourseAdminController {

	private final CourseAdministration administration;
	private final CourseCatalog catalog;
	private final CourseEditPage editPage;
	private final CourseQuestions questions;
	private final Surveys surveys;
	private final Clock clock;

	CourseAdminController(CourseAdministration administration, CourseCatalog catalog, CourseEditPage editPage,
			CourseQuestions questions, Surveys surveys, Clock clock) {
		this.administration = administration;
		this.catalog = catalog;
		this.editPage = editPage;
		this.questions = questions;
		this.surveys = surveys;
		this.clock = clock;
	}

	@GetMapping
	String list(StaffCenter staff, Model model) {
		List<CenterSummary> mine = staff.mine();
		model.addAttribute("courses", catalog.cardsOfCenters(mine.stream().map(CenterSummary::id).toList()));
		model.addAttribute("centerNames", mine.stream().collect(Collectors.toMap(CenterSummary::id, CenterSummary::name)));
		return "education/admin/list";
	}

	@GetMapping("/new")
	String newCourse(StaffCenter staff, Model model) {
		CourseForm form = new CourseForm();
		List<CenterSummary> mine = staff.mine();
		if (mine.size() == 1) {
			form.setCenterId(mine.get(0).id());
		}
		form.setRegistrationOpens(Seoul.today(clock));
		model.addAttribute("courseForm", form);
		return editPage.show(mine, null, model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("courseForm") CourseForm form, BindingResult errors, StaffCenter staff,
			Model model, RedirectAttributes redirect) {
		form.checkNew(errors);
		if (!errors.hasErrors()) {
			Authorities.requireCenterStaff(form.getCenterId());
			try {
				Course course = administration.create(form.getCenterId(), form.toDetails());
				redirect.addFlashAttribute("notice", "education.notice.created");
				return "redirect:/admin/education/" + course.getId();
			}
			catch (Refusal ex) {
				errors.reject(ex.messageKey());
			}
		}
		return editPage.show(staff.mine(), null, model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, StaffCenter staff, Model model) {
		Course course = administration.courseToManage(id);
		model.addAttribute("courseForm", CourseForm.of(course));
		model.addAttribute("sessionForm", new SessionForm());
		return editPage.show(staff.mine(), course, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("courseForm") CourseForm form, BindingResult errors,
			StaffCenter staff, Model model, RedirectAttributes redirect) {
		Course course = administration.courseToManage(id);
		form.setCenterId(course.getCenterId());
		form.check(errors);
		if (!errors.hasErrors()) {
			try {
				administration.revise(id, form.toDetails());
				redirect.addFlashAttribute("notice", "education.notice.saved");
				return "redirect:/admin/education/" + id;
			}
			catch (Refusal ex) {
				errors.reject(ex.messageKey());
			}
		}
		model.addAttribute("sessionForm", new SessionForm());
		return editPage.show(staff.mine(), course, model);
	}

	@PostMapping("/{id}/questions")
	String addQuestion(@PathVariable long id, @RequestParam(defaultValue = "") String question,
			RedirectAttributes redirect) {
		administration.courseToManage(id);
		if (question.isBlank() || question.length() > 300) {
			redirect.addFlashAttribute("error", "education.error.questionText");
		}
		else {
			questions.add(id, question.strip());
			redirect.addFlashAttribute("notice", "education.notice.saved");
		}
		return "redirect:/admin/education/" + id + "#questions";
	}

	@PostMapping("/{id}/questions/{questionId}/delete")
	String removeQuestion(@PathVariable long id, @PathVariable long questionId, RedirectAttributes redirect) {
		questions.remove(id, questionId);
		redirect.addFlashAttribute("notice", "education.notice.removed");
		return "redirect:/admin/education/" + id + "#questions";
	}

	@GetMapping("/{id}/survey")
	String survey(@PathVariable long id, Model model) {
		Course course = administration.courseToManage(id);
		model.addAttribute("course", catalog.view(course));
		model.addAttribute("results", surveys.resultsOf(id));
		return "education/admin/survey";
	}
}
