package org.ieum.programs.review;

import java.util.HashMap;
import java.util.Map;

import org.ieum.identity.CurrentUser;
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

/** A reviewer's assigned applications: declare (or recuse), read, score once, then see the others' scores. */
@Controller
@RequestMapping("/my/reviews")
class MyReviewsController {

	private final ReviewPages pages;
	private final Reviews reviews;

	MyReviewsController(ReviewPages pages, Reviews reviews) {
		this.pages = pages;
		this.reviews = reviews;
	}

	@GetMapping
	String list(CurrentUser me, Model model) {
		model.addAttribute("reviews", pages.list(me));
		return "programs/reviews/list";
	}

	@GetMapping("/{id}")
	String review(@PathVariable long id, CurrentUser me, Model model) {
		ReviewPages.Page page = pages.of(id, me);
		model.addAttribute("review", page.review());
		model.addAttribute("callTitle", page.callTitle());
		model.addAttribute("applicantName", page.applicantName());
		model.addAttribute("receiptNumber", page.receiptNumber());
		model.addAttribute("criteria", page.criteria());
		if (page.app() != null) {
			model.addAttribute("app", page.app());
			model.addAttribute("fields", page.fields());
		}
		model.addAttribute("others", page.others());
		return "programs/reviews/review";
	}

	@PostMapping("/{id}/declare")
	String declare(@PathVariable long id, @RequestParam(defaultValue = "") String decision, CurrentUser me,
			RedirectAttributes redirect) {
		boolean noConflict = "noConflict".equals(decision);
		if (!noConflict && !"recuse".equals(decision)) {
			redirect.addFlashAttribute("error", "programs.error.chooseDeclaration");
			return "redirect:/my/reviews/" + id;
		}
		return Actions.run(redirect, "/my/reviews/" + id,
				noConflict ? "programs.notice.declared" : "programs.notice.recused", "programs.error.concurrent",
				() -> reviews.declare(id, me, noConflict));
	}

	@PostMapping("/{id}/scores")
	String score(@PathVariable long id, @RequestParam Map<String, String> params, CurrentUser me,
			RedirectAttributes redirect) {
		return Actions.run(redirect, "/my/reviews/" + id, "programs.notice.scored", "programs.error.concurrent",
				() -> reviews.score(id, me, scores(params)));
	}

	/** Scores from parameters named {@code c<criterionId>}; anything not a whole number is refused. */
	static Map<Long, Integer> scores(Map<String, String> params) {
		Map<Long, Integer> scores = new HashMap<>();
		params.forEach((name, value) -> {
			if (name.matches("c\\d{1,18}") && value != null && !value.isBlank()) {
				try {
					scores.put(Long.parseLong(name.substring(1)), Integer.parseInt(value.strip()));
				}
				catch (NumberFormatException ex) {
					throw new Refusal("programs.error.scoreRange");
				}
			}
		});
		return scores;
	}
}
