package org.ieum.notifications.sending;

import jakarta.validation.Valid;

import org.ieum.identity.StaffCenter;
import org.ieum.shared.NotificationKind;
import org.ieum.shared.web.Actions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A center's staff keep its SMS / 알림톡 provider settings and 알림톡 templates. */
@Controller
@RequestMapping("/admin/notifications/providers")
class ProviderSettingsController {

	private final CenterProviders providers;

	ProviderSettingsController(CenterProviders providers) {
		this.providers = providers;
	}

	@GetMapping
	String show(StaffCenter center, Model model) {
		CenterProviders.View view = providers.view(center.id());
		return page(model, view, view.form(), new TemplateForm());
	}

	@PostMapping
	String save(StaffCenter center, @Valid @ModelAttribute("form") ProviderForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return page(model, providers.view(center.id()), form, new TemplateForm());
		}
		return Actions.run(redirect, target(center), "notifications.sending.notice.saved",
				() -> providers.save(center.id(), form));
	}

	@PostMapping("/remove")
	String remove(StaffCenter center, RedirectAttributes redirect) {
		return Actions.run(redirect, target(center), "notifications.sending.notice.removed",
				() -> providers.remove(center.id()));
	}

	@PostMapping("/templates")
	String saveTemplate(StaffCenter center, @Valid @ModelAttribute("template") TemplateForm template,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			CenterProviders.View view = providers.view(center.id());
			return page(model, view, view.form(), template);
		}
		return Actions.run(redirect, target(center), "notifications.sending.notice.templateSaved",
				() -> providers.saveTemplate(center.id(), template));
	}

	@PostMapping("/templates/remove")
	String removeTemplate(StaffCenter center, @RequestParam NotificationKind kind, RedirectAttributes redirect) {
		return Actions.run(redirect, target(center), "notifications.sending.notice.templateRemoved",
				() -> providers.removeTemplate(center.id(), kind));
	}

	private static String page(Model model, CenterProviders.View view, ProviderForm form, TemplateForm template) {
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("template", template);
		model.addAttribute("providers", Provider.values());
		model.addAttribute("kinds", NotificationKind.values());
		return "notifications/providers";
	}

	private static String target(StaffCenter center) {
		return "/admin/notifications/providers?center=" + center.id();
	}
}
