package org.ieum.consulting.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.consulting.cases.CaseAttachments;
import org.ieum.consulting.cases.CaseViews;
import org.ieum.consulting.cases.ConsultingField;
import org.ieum.consulting.cases.ConsultingRequest;
import org.ieum.consulting.cases.Forms;
import org.ieum.consulting.cases.RequestKind;
import org.ieum.consulting.experts.ExpertPool;
import org.ieum.enterprises.EnterprisesApi;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.shared.web.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one window (원스톱 창구): a public page explaining consulting, mentoring and help with
 * difficulties, with the request form for signed-in people.
 */
@Controller
public class ConsultingPortalController {

	private final ClientRequests requests;
	private final CentersApi centers;
	private final EnterprisesApi enterprises;
	private final IdentityApi identity;
	private final ExpertPool pool;
	private final MessageSource messages;
	private final CaseViews views;

	public ConsultingPortalController(ClientRequests requests, CentersApi centers, EnterprisesApi enterprises,
			IdentityApi identity, ExpertPool pool, MessageSource messages, CaseViews views) {
		this.views = views;
		this.requests = requests;
		this.centers = centers;
		this.enterprises = enterprises;
		this.identity = identity;
		this.pool = pool;
		this.messages = messages;
	}

	@GetMapping("/c/{slug}/consulting")
	public String window(@PathVariable String slug, Model model) {
		CenterSummary center = center(slug);
		prepare(center, model);
		return "consulting/portal";
	}

	@PostMapping("/c/{slug}/consulting")
	public String submit(@PathVariable String slug, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String field, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String description, @RequestParam(required = false) List<String> days,
			@RequestParam(defaultValue = "") String preferredTimes, @RequestParam(defaultValue = "1") String people,
			@RequestParam(required = false) Long organizationId,
			@RequestParam(required = false) List<MultipartFile> files, CurrentUser me, Model model, Locale locale,
			RedirectAttributes redirect) {
		CenterSummary center = center(slug);
		try {
			RequestKind k = Forms.choice(RequestKind.class, kind, "consulting.form.kind");
			ConsultingField f = Forms.choice(ConsultingField.class, field, "consulting.form.field");
			String t = Forms.text(title, 200, true, "consulting.form.title");
			String d = Forms.text(description, 4000, true, "consulting.form.description");
			String times = Forms.text(preferredTimes, 300, false, "consulting.form.preferredTimes");
			int n = (int) Forms.number(people, 1, 500, "consulting.form.people");
			List<CaseAttachments.Upload> uploads = new ArrayList<>();
			if (files != null) {
				for (MultipartFile file : files) {
					Optional.ofNullable(Forms.upload(file)).ifPresent(uploads::add);
				}
			}
			ConsultingRequest request = requests.submit(center.id(), me, organizationId,
					new ConsultingRequest.Ask(k, f, t, d, Forms.days(days), times, n), uploads);
			redirect.addFlashAttribute("notice", "consulting.notice.submitted");
			return "redirect:/c/" + slug + "/consulting/requests/" + request.getId();
		}
		catch (Refusal ex) {
			model.addAttribute("formError", messages.getMessage(ex.messageKey(), ex.args(), locale));
			model.addAttribute("kind", kind);
			model.addAttribute("field", field);
			model.addAttribute("title", title);
			model.addAttribute("description", description);
			model.addAttribute("days", days == null ? List.of() : days);
			model.addAttribute("preferredTimes", preferredTimes);
			model.addAttribute("people", people);
			prepare(center, model);
			return "consulting/portal";
		}
	}

	/** The confirmation of a request, in the center's portal; only its client sees it. */
	@GetMapping("/c/{slug}/consulting/requests/{id}")
	public String submitted(@PathVariable String slug, @PathVariable long id, CurrentUser me, Model model) {
		CenterSummary center = center(slug);
		ConsultingRequest request;
		try {
			request = requests.requestOf(id, me);
		}
		catch (Refusal ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (request.getCenterId() != center.id()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("center", center);
		model.addAttribute("request", views.detail(request));
		return "consulting/submitted";
	}

	private void prepare(CenterSummary center, Model model) {
		model.addAttribute("center", center);
		model.addAttribute("kinds", RequestKind.values());
		model.addAttribute("fields", ConsultingField.values());
		model.addAttribute("weekdays", List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"));
		model.addAttribute("poolFields", pool.usableBy(center.id()).stream().flatMap(e -> e.fieldSet().stream())
			.distinct().sorted().toList());
		Optional<CurrentUser> me = identity.currentUser();
		model.addAttribute("signedIn", me.isPresent());
		model.addAttribute("organizations", me.map(u -> enterprises.managedBy(u.accountId())).orElse(List.of()));
		if (!model.containsAttribute("kind")) {
			model.addAttribute("kind", "CONSULTING");
			model.addAttribute("field", "");
			model.addAttribute("title", "");
			model.addAttribute("description", "");
			model.addAttribute("days", List.of());
			model.addAttribute("preferredTimes", "");
			model.addAttribute("people", "1");
		}
	}

	private CenterSummary center(String slug) {
		return centers.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
