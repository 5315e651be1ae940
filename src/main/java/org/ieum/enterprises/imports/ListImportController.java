package org.ieum.enterprises.imports;

import org.ieum.shared.imports.TableFile;
import org.ieum.shared.imports.ImportRefused;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.validation.Valid;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.enterprises.records.OrganizationAccess;
import org.ieum.shared.web.Actions;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff import a list: upload, preview what would change and what is rejected, then confirm or discard. */
@Controller
@RequestMapping("/admin/organizations/import")
class ListImportController {

	private final ListUploads uploads;
	private final OrganizationAccess access;
	private final CentersApi centers;

	ListImportController(ListUploads uploads, OrganizationAccess access, CentersApi centers) {
		this.uploads = uploads;
		this.access = access;
		this.centers = centers;
	}

	@GetMapping
	String uploadForm(Model model) {
		ListUploadForm form = new ListUploadForm();
		List<CenterSummary> mine = access.staffCenters();
		if (mine.size() == 1) {
			form.setCenter(mine.get(0).id());
		}
		model.addAttribute("listUploadForm", form);
		return uploadPage(model);
	}

	@PostMapping
	String upload(@Valid @ModelAttribute("listUploadForm") ListUploadForm form, BindingResult errors, Model model) {
		if (form.getFile() == null || form.getFile().isEmpty()) {
			errors.rejectValue("file", "imports.refused.empty");
		}
		if (errors.hasErrors()) {
			return uploadPage(model);
		}
		long id;
		try (InputStream in = form.getFile().getInputStream()) {
			id = uploads.upload(form.getCenter(), form.getFile().getOriginalFilename(), in, form.getEncoding());
		}
		catch (ImportRefused ex) {
			errors.rejectValue("file", ex.messageKey());
			return uploadPage(model);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "redirect:/admin/organizations/import/" + id;
	}

	@GetMapping("/{id}")
	String preview(@PathVariable long id, Model model, RedirectAttributes redirect) {
		ListUploads.Preview preview;
		try {
			preview = uploads.preview(id);
		}
		catch (ImportRefused ex) {
			Actions.refused(redirect, ex);
			return "redirect:/admin/organizations/import";
		}
		model.addAttribute("id", id);
		model.addAttribute("fileName", preview.fileName());
		model.addAttribute("centerName", centers.findById(preview.centerId()).map(CenterSummary::name).orElse(""));
		model.addAttribute("report", preview.report());
		return "enterprises/imports/preview";
	}

	/**
	 * {@code validRowsOnly} is the staff member's explicit choice between the two radio buttons
	 * the preview shows when rows are rejected; without rejected rows there is nothing to choose.
	 */
	@PostMapping("/{id}/confirm")
	String confirm(@PathVariable long id, @RequestParam(required = false) Boolean validRowsOnly,
			RedirectAttributes redirect) {
		try {
			ImportReport report = uploads.confirm(id, Boolean.TRUE.equals(validRowsOnly));
			if (!report.applied()) {
				redirect.addFlashAttribute(validRowsOnly == null ? "error" : "notice",
						validRowsOnly == null ? "imports.preview.chooseMode" : "imports.preview.rejectedNotConfirmed");
				return "redirect:/admin/organizations/import/" + id;
			}
			redirect.addFlashAttribute("notice", "imports.done.notice");
			redirect.addFlashAttribute("summary", report);
			return "redirect:/admin/organizations/import/done";
		}
		catch (ImportRefused ex) {
			Actions.refused(redirect, ex);
			return "redirect:/admin/organizations/import";
		}
	}

	@GetMapping("/done")
	String done(Model model) {
		if (!model.containsAttribute("summary")) {
			return "redirect:/admin/organizations";
		}
		return "enterprises/imports/done";
	}

	@PostMapping("/{id}/discard")
	String discard(@PathVariable long id, RedirectAttributes redirect) {
		try {
			uploads.discard(id);
			redirect.addFlashAttribute("notice", "imports.discarded");
		}
		catch (ImportRefused ex) {
			Actions.refused(redirect, ex);
		}
		return "redirect:/admin/organizations/import";
	}

	@GetMapping("/samples/{sample}")
	ResponseEntity<byte[]> sample(@PathVariable ListSamples.Sample sample) {
		MediaType type = sample.getFormat() == ListSamples.Format.XLSX
				? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
				: new MediaType("text", "csv",
						sample.getFormat() == ListSamples.Format.CSV_UTF8 ? StandardCharsets.UTF_8 : TableFile.CP949);
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(sample.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(ListSamples.write(sample));
	}

	private String uploadPage(Model model) {
		model.addAttribute("samples", ListSamples.Sample.values());
		model.addAttribute("centers", access.staffCenters());
		model.addAttribute("encodings", List.of("auto", "utf-8", "cp949"));
		return "enterprises/imports/upload";
	}
}
