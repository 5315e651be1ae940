package org.ieum.enterprises.stages;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.ieum.identity.StaffCenter;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Actions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages for stages: a center's pipeline board, registering a founding team, and one organization's stage. */
@Controller
@RequestMapping("/admin/organizations")
class StageController {

	private final Stages stages;
	private final Clock clock;

	StageController(Stages stages, Clock clock) {
		this.stages = stages;
		this.clock = clock;
	}

	@GetMapping("/pipeline")
	String board(StaffCenter staff, Model model) {
		model.addAttribute("board", stages.board(staff.id()));
		model.addAttribute("teamStages", Stage.path().stream().filter(Stage::beforeFounding).toList());
		model.addAttribute("today", Seoul.today(clock));
		return "enterprises/stages/board";
	}

	@PostMapping("/pipeline/teams")
	String registerTeam(StaffCenter staff, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String founderEmail, @RequestParam(required = false) Stage stage,
			@RequestParam(defaultValue = "") String on,
			RedirectAttributes redirect) {
		long[] id = new long[1];
		String back = "/admin/organizations/pipeline?center=" + staff.id();
		String answer = Actions.run(redirect, back, "stages.notice.teamRegistered",
				() -> id[0] = stages.registerTeam(staff.id(), name, founderEmail, stage, date(on)));
		return id[0] == 0 ? answer : "redirect:/admin/organizations/" + id[0] + "/stage";
	}

	@GetMapping("/{id}/stage")
	String organization(@PathVariable long id, Model model) {
		model.addAttribute("page", stages.page(id));
		model.addAttribute("path", Stage.path());
		model.addAttribute("exits", Stage.exits());
		model.addAttribute("today", Seoul.today(clock));
		return "enterprises/stages/organization";
	}

	@PostMapping("/{id}/stage")
	String move(@PathVariable long id, @RequestParam(required = false) Stage from,
			@RequestParam(required = false) Stage stage,
			@RequestParam(defaultValue = "") String on,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/organizations/" + id + "/stage", "stages.notice.moved",
				"stages.error.movedMeanwhile", () -> stages.move(id, from, stage, date(on), reason));
	}

	/** A date as the date field sends it; anything else is no date, which the service refuses with a message. */
	private static LocalDate date(String text) {
		try {
			return text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}
}
