package org.ieum.content.guides;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.ieum.identity.StaffCenter;
import org.ieum.shared.web.Actions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 관리 → 인·지정 안내: staff write the four sections of their center's guide to each designation. */
@Controller
@RequestMapping("/admin/content/guides")
class GuidesAdminController {

	private final Guides guides;

	GuidesAdminController(Guides guides) {
		this.guides = guides;
	}

	@GetMapping
	String first(StaffCenter center) {
		return "redirect:/admin/content/guides/" + GuideTopic.values()[0].path() + "?center=" + center.id();
	}

	@GetMapping("/{topic}")
	String page(@PathVariable String topic, StaffCenter center, Model model) {
		model.addAttribute("edit", guides.edit(center.id(), topic));
		return "content/guides/admin";
	}

	@PostMapping("/{topic}")
	String write(@PathVariable String topic, @RequestParam long center, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		Map<GuideSection, String> bodies = new EnumMap<>(GuideSection.class);
		for (GuideSection section : GuideSection.values()) {
			String body = form.get(section.name().toLowerCase(Locale.ROOT));
			if (body != null) {
				bodies.put(section, body);
			}
		}
		// back to the guide's own address, never to whatever the request's path held
		String known = GuideTopic.byPath(topic).orElse(GuideTopic.values()[0]).path();
		return Actions.run(redirect, "/admin/content/guides/" + known + "?center=" + center, "guides.notice.saved",
				"guides.error.changedMeanwhile",
				() -> guides.write(center, topic, bodies));
	}
}
