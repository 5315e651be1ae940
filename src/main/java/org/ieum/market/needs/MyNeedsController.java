package org.ieum.market.needs;

import java.io.IOException;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** My page's buyer needs: the open needs (those matching my organizations first), responding, and my responses. */
@Controller
@RequestMapping("/my/market/needs")
class MyNeedsController {

	private final NeedResponses responses;
	private final NeedQueries queries;

	MyNeedsController(NeedResponses responses, NeedQueries queries) {
		this.responses = responses;
		this.queries = queries;
	}

	@GetMapping
	String page(CurrentUser me, Model model) {
		model.addAttribute("my", queries.mine(me.accountId()));
		return "market/my-needs";
	}

	@PostMapping("/{id}/respond")
	String respond(@PathVariable long id, @RequestParam(required = false) Long organization,
			@RequestParam(required = false) String price, @RequestParam(required = false) String quantity,
			@RequestParam(required = false) String note, @RequestParam(required = false) MultipartFile file,
			CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, NeedMails.MY_PAGE, "market.needs.notice.responded", () -> {
			byte[] bytes;
			try {
				bytes = file == null || file.isEmpty() ? null : file.getBytes();
			}
			catch (IOException ex) {
				throw Refusal.because(ex, "market.needs.error.fileBroken");
			}
			responses.respond(id, organization == null ? 0 : organization,
					new NeedResponses.Offer(price, quantity, note, bytes, file == null ? null : file.getOriginalFilename()),
					me.accountId());
		});
	}
}
