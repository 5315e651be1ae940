package org.ieum.programs.reports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.ieum.programs.call.ApplicationAccess;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff follow an awardee up: the agreement's date and amount, and the reports it owes. */
@Controller
@RequestMapping("/admin/programs/{id}/applications/{applicationId}")
class FollowUpController {

	private final FollowUp followUp;
	private final ApplicationAccess access;

	FollowUpController(FollowUp followUp, ApplicationAccess access) {
		this.followUp = followUp;
		this.access = access;
	}

	@PostMapping("/agreement")
	String agree(@PathVariable long id, @PathVariable long applicationId, @RequestParam(defaultValue = "") String agreementOn,
			@RequestParam(defaultValue = "") String supportAmountWon, RedirectAttributes redirect) {
		return Actions.run(redirect, followUpPath(id, applicationId), "programs.notice.saved",
				"programs.error.concurrent", () -> followUp.agree(access.inCall(id, applicationId),
						date(agreementOn), wholeLong(supportAmountWon)));
	}

	@PostMapping("/reports")
	String addReport(@PathVariable long id, @PathVariable long applicationId, @RequestParam(required = false) ReportKind kind,
			@RequestParam(defaultValue = "") String dueOn, RedirectAttributes redirect) {
		return Actions.run(redirect, followUpPath(id, applicationId), "programs.notice.reportAdded",
				"programs.error.concurrent", () -> {
					if (kind == null) {
						throw new Refusal("programs.error.reportKind");
					}
					followUp.addReport(access.inCall(id, applicationId), kind, date(dueOn));
				});
	}

	private static String followUpPath(long id, long applicationId) {
		return "/admin/programs/" + id + "/applications/" + applicationId + "#follow-up";
	}

	private static long wholeLong(String value) {
		String digits = value.replace(",", "").strip();
		if (!digits.matches("\\d{1,15}")) {
			throw new Refusal("programs.error.amount");
		}
		return Long.parseLong(digits);
	}

	private static LocalDate date(String value) {
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Refusal("programs.error.date");
		}
	}
}
