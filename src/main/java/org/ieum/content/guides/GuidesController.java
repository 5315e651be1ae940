package org.ieum.content.guides;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 인·지정 안내 in a center's portal: the list of designations and each one's guide. */
@Controller
class GuidesController {

	private final Guides guides;

	GuidesController(Guides guides) {
		this.guides = guides;
	}

	@GetMapping("/c/{slug}/guides")
	String index(@PathVariable String slug, Model model) {
		model.addAttribute("topics", guides.topics());
		return "content/guides/index";
	}

	@GetMapping("/c/{slug}/guides/{topic}")
	String guide(@PathVariable String slug, @PathVariable String topic, Model model) {
		model.addAttribute("guide", guides.guide(slug, topic));
		model.addAttribute("topics", guides.topics());
		return "content/guides/guide";
	}
}
