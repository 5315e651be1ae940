package org.ieum.content.pages;

import org.ieum.identity.StaffCenter;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 관리 → 센터소개 페이지: staff write 인사말 and 오시는 길 and keep 연혁 and 조직도 rows. */
@Controller
@RequestMapping("/admin/content/pages")
class PagesAdminController {

	private final CenterPages pages;

	PagesAdminController(CenterPages pages) {
		this.pages = pages;
	}

	@GetMapping
	String page(StaffCenter center, Model model) {
		model.addAttribute("pages", pages.admin(center.id()));
		return "content/pages/admin";
	}

	@PostMapping("/greeting")
	String greeting(@RequestParam long center, @RequestParam(defaultValue = "") String body, RedirectAttributes redirect) {
		return act(redirect, center, () -> pages.writeGreeting(center, body));
	}

	@PostMapping("/directions")
	String directions(@RequestParam long center, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "") String mapKey, RedirectAttributes redirect) {
		return act(redirect, center, () -> pages.writeDirections(center, body, mapKey));
	}

	@PostMapping("/history")
	String addHistory(@RequestParam long center, @RequestParam(required = false) String year,
			@RequestParam(required = false) String month, @RequestParam(defaultValue = "") String text,
			RedirectAttributes redirect) {
		return act(redirect, center, () -> pages.addHistory(center, number(year, "sitepages.error.year"),
				month == null || month.isBlank() ? null : number(month, "sitepages.error.month"), text));
	}

	@PostMapping("/history/{id}/delete")
	String removeHistory(@PathVariable long id, @RequestParam long center, RedirectAttributes redirect) {
		return act(redirect, center, () -> pages.removeHistory(id));
	}

	@PostMapping("/members")
	String addMember(@RequestParam long center, @RequestParam(defaultValue = "") String team,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String role,
			@RequestParam(defaultValue = "") String phone, RedirectAttributes redirect) {
		return act(redirect, center, () -> pages.addMember(center, team, name, role, phone));
	}

	@PostMapping("/members/{id}/{change:up|down|delete}")
	String changeMember(@PathVariable long id, @PathVariable String change, @RequestParam long center,
			RedirectAttributes redirect) {
		return act(redirect, center, () -> {
			switch (change) {
				case "up" -> pages.moveMember(id, -1);
				case "down" -> pages.moveMember(id, 1);
				default -> pages.removeMember(id);
			}
		});
	}

	private static Integer number(String text, String errorKey) {
		try {
			return text == null ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new Refusal(errorKey);
		}
	}

	private static String act(RedirectAttributes redirect, long center, Runnable action) {
		return Actions.run(redirect, "/admin/content/pages?center=" + center, "sitepages.notice.saved", action);
	}
}
