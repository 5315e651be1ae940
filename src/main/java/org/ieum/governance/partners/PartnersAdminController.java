package org.ieum.governance.partners;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.ieum.governance.core.GovernanceForms;
import org.ieum.identity.StaffCenter;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.ieum.shared.web.RefusalsReturnTo;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages of the partner register and its agreements; the service checks the center again. */
@Controller
@RefusalsReturnTo("/admin/governance/partners")
class PartnersAdminController {

	private static final String CONCURRENT = "governance.error.concurrent";

	private final Partners partners;

	PartnersAdminController(Partners partners) {
		this.partners = partners;
	}

	@GetMapping("/admin/governance/partners")
	String list(StaffCenter center, Model model) {
		model.addAttribute("partners", partners.partnersOf(center.id()));
		model.addAttribute("kinds", PartnerKind.values());
		return "governance/admin/partners";
	}

	@PostMapping("/admin/governance/partners")
	String register(@RequestParam long center, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String contactName,
			@RequestParam(defaultValue = "") String contactPhone, @RequestParam(defaultValue = "") String contactEmail,
			@RequestParam(defaultValue = "false") boolean showOnPortal,
			@RequestParam(required = false) MultipartFile logo, RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/governance/partners?center=" + center, "governance.notice.partnerSaved",
				() -> partners.register(center, new Partners.PartnerTerms(
						GovernanceForms.text(name, 200, true, "governance.field.partnerName"),
						GovernanceForms.choice(PartnerKind.class, kind, "governance.field.partnerKind"), null,
						GovernanceForms.text(contactName, 100, false, "governance.field.contactName"),
						GovernanceForms.text(contactPhone, 40, false, "governance.field.contactPhone"),
						GovernanceForms.text(contactEmail, 320, false, "governance.field.contactEmail"), showOnPortal),
						upload(logo)));
	}

	@GetMapping("/admin/governance/partners/{id}")
	String partner(@PathVariable long id, StaffCenter center, Model model) {
		model.addAttribute("page", partners.partner(id, center.id()));
		model.addAttribute("activityKinds", ActivityKind.values());
		return "governance/admin/partner";
	}

	@PostMapping("/admin/governance/partners/{id}/mous")
	String sign(@PathVariable long id, @RequestParam long center, @RequestParam(defaultValue = "") String signedOn,
			@RequestParam(defaultValue = "") String startsOn, @RequestParam(defaultValue = "") String endsOn,
			@RequestParam(defaultValue = "") String purpose, @RequestParam(defaultValue = "false") boolean autoRenewal,
			@RequestParam(required = false) MultipartFile document, RedirectAttributes redirect) {
		return Actions.run(redirect, partnerPath(id, center), "governance.notice.mouSaved",
				() -> partners.sign(id, center, new Partners.MouTerms(
						GovernanceForms.date(signedOn, "governance.field.signedOn"),
						GovernanceForms.date(startsOn, "governance.field.startsOn"),
						GovernanceForms.date(endsOn, "governance.field.endsOn"),
						GovernanceForms.text(purpose, 1000, true, "governance.field.mouPurpose"), autoRenewal),
						upload(document)));
	}

	@PostMapping("/admin/governance/mous/{id}/renew")
	String renew(@PathVariable long id, @RequestParam long center, @RequestParam long partner,
			@RequestParam(defaultValue = "") String endsOn, RedirectAttributes redirect) {
		return Actions.run(redirect, partnerPath(partner, center), "governance.notice.mouRenewed", CONCURRENT,
				() -> partners.renew(id, center, GovernanceForms.date(endsOn, "governance.field.newEnd")));
	}

	@PostMapping("/admin/governance/mous/{id}/activities")
	String activity(@PathVariable long id, @RequestParam long center, @RequestParam long partner,
			@RequestParam(defaultValue = "") String happenedOn, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String note, @RequestParam(defaultValue = "") String link,
			RedirectAttributes redirect) {
		return Actions.run(redirect, partnerPath(partner, center), "governance.notice.activitySaved",
				() -> partners.logActivity(id, center, GovernanceForms.date(happenedOn, "governance.field.happenedOn"),
						GovernanceForms.choice(ActivityKind.class, kind, "governance.field.activityKind"),
						GovernanceForms.text(note, 1000, true, "governance.field.activityNote"),
						GovernanceForms.text(link, 300, false, "governance.field.activityLink")));
	}

	@GetMapping("/admin/governance/mous/{id}/document")
	ResponseEntity<byte[]> document(@PathVariable long id) {
		Partners.Download file = partners.document(id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.type()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.bytes());
	}

	private static Partners.Upload upload(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return new Partners.Upload(file.getBytes(), file.getOriginalFilename());
		}
		catch (IOException ex) {
			throw Refusal.because(ex, "governance.error.fileBroken");
		}
	}

	private static String partnerPath(long id, long center) {
		return "/admin/governance/partners/" + id + "?center=" + center;
	}
}
