package org.ieum.enterprises.employment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.ieum.centers.CentersApi;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.StaffCenter;
import org.ieum.identity.StaffCenters;
import org.ieum.shared.imports.ImportRefused;
import org.ieum.shared.imports.TableImportReport;
import org.ieum.shared.web.Actions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff import a table of employment figures: upload, preview what would be recorded and what is rejected, then
 * confirm (everything or nothing, or the valid rows only) or discard.
 */
@Controller
@RequestMapping("/admin/organizations/employment/import")
class EmploymentImportController {

	private static final String UPLOAD = "/admin/organizations/employment/import";

	private final EmploymentImports imports;
	private final CentersApi centers;

	EmploymentImportController(EmploymentImports imports, CentersApi centers) {
		this.imports = imports;
		this.centers = centers;
	}

	@GetMapping
	String uploadForm(StaffCenter center, Model model) {
		return uploadPage(model);
	}

	@PostMapping
	String upload(StaffCenter center, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "auto") String encoding, CurrentUser me, Model model) {
		if (file == null || file.isEmpty()) {
			model.addAttribute(Actions.ERROR, "imports.refused.empty");
			return uploadPage(model);
		}
		long id;
		try (InputStream in = file.getInputStream()) {
			id = imports.upload(center.id(), me.accountId(), file.getOriginalFilename(), in, encoding);
		}
		catch (ImportRefused ex) {
			Actions.error(model.asMap(), ex);
			return uploadPage(model);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "redirect:" + UPLOAD + "/" + id + "?center=" + center.id();
	}

	@GetMapping("/{id}")
	String preview(@PathVariable long id, CurrentUser me, Model model, RedirectAttributes redirect) {
		EmploymentImports.Preview preview;
		try {
			preview = imports.preview(id);
		}
		catch (ImportRefused ex) {
			Actions.refused(redirect, ex);
			return "redirect:" + UPLOAD;
		}
		StaffCenters.show(centers, preview.centerId(), me, model);
		model.addAttribute("preview", preview);
		model.addAttribute("report", preview.report());
		return "enterprises/employment/import-preview";
	}

	/**
	 * {@code validRowsOnly} is the staff member's explicit choice between the two radio buttons the preview shows when
	 * rows are rejected; without rejected rows there is nothing to choose.
	 */
	@PostMapping("/{id}/confirm")
	String confirm(@PathVariable long id, @RequestParam(required = false) Boolean validRowsOnly,
			@RequestParam(required = false) Long center, CurrentUser me, RedirectAttributes redirect) {
		String chosen = center == null ? "" : "?center=" + center;
		try {
			TableImportReport report = imports.confirm(id, Boolean.TRUE.equals(validRowsOnly), me.accountId());
			if (!report.applied()) {
				redirect.addFlashAttribute(validRowsOnly == null ? Actions.ERROR : Actions.NOTICE,
						validRowsOnly == null ? "imports.preview.chooseMode" : "imports.preview.rejectedNotConfirmed");
				return "redirect:" + UPLOAD + "/" + id + chosen;
			}
			redirect.addFlashAttribute(Actions.NOTICE, "employment.import.done.notice");
			redirect.addFlashAttribute("summary", report);
			return "redirect:" + UPLOAD + "/done" + chosen;
		}
		catch (ImportRefused ex) {
			Actions.refused(redirect, ex);
			return "redirect:" + UPLOAD + chosen;
		}
	}

	@GetMapping("/done")
	String done(StaffCenter center, Model model) {
		if (!model.containsAttribute("summary")) {
			return "redirect:" + UPLOAD + "?center=" + center.id();
		}
		return "enterprises/employment/import-done";
	}

	@PostMapping("/{id}/discard")
	String discard(@PathVariable long id, RedirectAttributes redirect) {
		try {
			imports.discard(id);
			redirect.addFlashAttribute(Actions.NOTICE, "imports.discarded");
		}
		catch (ImportRefused ex) {
			Actions.refused(redirect, ex);
		}
		return "redirect:" + UPLOAD;
	}

	private String uploadPage(Model model) {
		model.addAttribute("encodings", List.of("auto", "utf-8", "cp949"));
		return "enterprises/employment/import";
	}
}
