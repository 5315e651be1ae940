package org.ieum.library.desk;

import org.ieum.identity.StaffCenter;
import org.ieum.library.lending.Cards;
import org.ieum.library.lending.DeskReceipt;
import org.ieum.library.lending.Lending;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The lending desk: a barcode field a USB scanner types into (its Enter submits the form) for
 * checkout, with the member's card number or e-mail, and for check-in; the day's returns, the hold shelf, and
 * the overdue loans.
 */
@Controller
@RequestMapping("/admin/library")
class DeskController {

	private final DeskQueries queries;
	private final CardList cardList;
	private final Lending lending;
	private final Cards cards;

	DeskController(DeskQueries queries, CardList cardList, Lending lending, Cards cards) {
		this.queries = queries;
		this.cardList = cardList;
		this.lending = lending;
		this.cards = cards;
	}

	@GetMapping("/desk")
	String desk(StaffCenter center, Model model) {
		model.addAttribute("desk", queries.desk(center.id()));
		return "library/admin/desk";
	}

	@PostMapping("/desk/checkout")
	String checkOut(StaffCenter center, @RequestParam(defaultValue = "") String member,
			@RequestParam(defaultValue = "") String barcode, RedirectAttributes redirect) {
		try {
			DeskReceipt receipt = lending.checkOut(center.id(), member, barcode);
			redirect.addFlashAttribute("receipt", receipt);
			redirect.addFlashAttribute(Actions.NOTICE, "library.notice.checkedOut");
			// the next scan is usually for the same member
			redirect.addFlashAttribute("member", member.strip());
		}
		catch (Refusal ex) {
			Actions.refused(redirect, ex);
			redirect.addFlashAttribute("member", member.strip());
		}
		return "redirect:/admin/library/desk?center=" + center.id() + "#checkout";
	}

	@PostMapping("/desk/checkin")
	String checkIn(StaffCenter center, @RequestParam(defaultValue = "") String barcode, RedirectAttributes redirect) {
		try {
			DeskReceipt receipt = lending.checkIn(center.id(), barcode);
			redirect.addFlashAttribute("receipt", receipt);
			redirect.addFlashAttribute(Actions.NOTICE,
					receipt.toHoldShelf() ? "library.notice.checkedInForHold" : "library.notice.checkedIn");
		}
		catch (Refusal ex) {
			Actions.refused(redirect, ex);
		}
		return "redirect:/admin/library/desk?center=" + center.id() + "#checkin";
	}

	@GetMapping("/cards")
	String cards(StaffCenter center, Model model) {
		model.addAttribute("cards", cardList.cards(center.id()));
		return "library/admin/cards";
	}

	@PostMapping("/cards")
	String issueCard(StaffCenter center, @RequestParam(defaultValue = "") String member,
			@RequestParam(defaultValue = "") String cardNumber, RedirectAttributes redirect) {
		String target = "/admin/library/cards?center=" + center.id();
		String result = Actions.run(redirect, target, "library.notice.cardIssued", "library.error.cardRace",
				() -> cards.issue(center.id(), member, cardNumber));
		if (redirect.getFlashAttributes().containsKey(Actions.ERROR)) {
			redirect.addFlashAttribute("member", member.strip());
			redirect.addFlashAttribute("cardNumber", cardNumber.strip());
		}
		return result;
	}

	@GetMapping("/overdue")
	String overdue(StaffCenter center, Model model) {
		model.addAttribute("overdue", queries.overdue(center.id()));
		return "library/admin/overdue";
	}
}
