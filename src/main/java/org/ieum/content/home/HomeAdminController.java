package org.ieum.content.home;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.ieum.identity.StaffCenter;
import org.ieum.shared.web.Actions;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 관리 → 홈 화면: staff compose their center's home page. */
@Controller
@RequestMapping("/admin/content/home")
class HomeAdminController {

	private final HomeComposition composition;
	private final HomePages pages;

	HomeAdminController(HomeComposition composition, HomePages pages) {
		this.composition = composition;
		this.pages = pages;
	}

	@GetMapping
	String page(StaffCenter center, Model model) {
		model.addAttribute("home", pages.composition(center.id()));
		return "content/home/admin";
	}

	@PostMapping("/banners")
	String addBanner(@RequestParam long center, @RequestParam(defaultValue = "") String altText,
			@RequestParam(defaultValue = "") String linkUrl,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate showFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate showUntil,
			@RequestParam(required = false) MultipartFile image, RedirectAttributes redirect) {
		return act(redirect, "home.notice.bannerAdded", center,
				() -> composition.addBanner(center, altText, linkUrl, showFrom, showUntil, bytes(image)));
	}

	@PostMapping("/banners/{id}/{change:up|down|delete}")
	String changeBanner(@PathVariable long id, @PathVariable String change, @RequestParam long center,
			RedirectAttributes redirect) {
		return act(redirect, change.equals("delete") ? "home.notice.removed" : "home.notice.moved", center, () -> {
			switch (change) {
				case "up" -> composition.moveBanner(id, -1);
				case "down" -> composition.moveBanner(id, 1);
				default -> composition.removeBanner(id);
			}
		});
	}

	@PostMapping("/popups")
	String addPopup(@RequestParam long center, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String body,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate showFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate showUntil,
			RedirectAttributes redirect) {
		return act(redirect, "home.notice.popupAdded", center,
				() -> composition.addPopup(center, title, body, showFrom, showUntil));
	}

	@PostMapping("/popups/{id}/delete")
	String removePopup(@PathVariable long id, @RequestParam long center, RedirectAttributes redirect) {
		return act(redirect, "home.notice.removed", center, () -> composition.removePopup(id));
	}

	@PostMapping("/links")
	String addLink(@RequestParam long center, @RequestParam(defaultValue = "") String label,
			@RequestParam(defaultValue = "") String url, RedirectAttributes redirect) {
		return act(redirect, "home.notice.linkAdded", center, () -> composition.addLink(center, label, url));
	}

	@PostMapping("/links/{id}/{change:up|down|delete}")
	String changeLink(@PathVariable long id, @PathVariable String change, @RequestParam long center,
			RedirectAttributes redirect) {
		return act(redirect, change.equals("delete") ? "home.notice.removed" : "home.notice.moved", center, () -> {
			switch (change) {
				case "up" -> composition.moveLink(id, -1);
				case "down" -> composition.moveLink(id, 1);
				default -> composition.removeLink(id);
			}
		});
	}

	private static String act(RedirectAttributes redirect, String notice, long center, Runnable action) {
		return Actions.run(redirect, "/admin/content/home?center=" + center, notice, action);
	}

	private static byte[] bytes(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
