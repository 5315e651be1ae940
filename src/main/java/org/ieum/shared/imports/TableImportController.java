package org.ieum.shared.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.ieum.shared.web.Actions;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of a table import, the same for every module: upload, preview what would be recorded and what is
 * rejected, then confirm (everything or nothing, or the valid rows only) or discard. A module's controller extends it
 * with its {@code @RequestMapping} (the {@link ImportPage#url()}), its {@link KeptTableImport} and its texts, and says
 * how the staff pages' center and signed-in user are read ({@code C} and {@code U} are resolved as controller
 * arguments, which this module cannot name).
 *
 * @param <C> the staff center argument of a staff page
 * @param <U> the signed-in user argument
 */
public abstract class TableImportController<C, U> {

	private final KeptTableImport<?> imports;
	private final ImportPage page;
	private final String leaveDone;

	/**
	 * @param leaveDone where the done page sends a staff member who opens it without having imported
	 */
	protected TableImportController(KeptTableImport<?> imports, ImportPage page, String leaveDone) {
		this.imports = imports;
		this.page = page;
		this.leaveDone = leaveDone;
	}

	protected abstract long centerId(C center);

	protected abstract Long accountId(U user);

	/** Puts the center of an upload into the page's model as a staff page shows it, refusing a user who does not staff it. */
	protected abstract void showCenter(long centerId, U user, Model model);

	@GetMapping
	String uploadForm(C center, Model model) {
		return uploadPage(model);
	}

	@PostMapping
	String upload(C center, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "auto") String encoding, U me, Model model) {
		if (file == null || file.isEmpty()) {
			model.addAttribute(Actions.ERROR, "imports.refused.empty");
			return uploadPage(model);
		}
		long id;
		try (InputStream in = file.getInputStream()) {
			id = imports.upload(centerId(center), accountId(me), file.getOriginalFilename(), in, encoding);
		}
		catch (ImportRefused ex) {
			Actions.error(model.asMap(), ex);
			return uploadPage(model);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "redirect:" + page.url() + "/" + id + "?center=" + centerId(center);
	}

	@GetMapping("/{id}")
	String preview(@PathVariable long id, U me, Model model, RedirectAttributes redirect) {
		KeptTableImport.Preview preview;
		try {
			preview = imports.preview(id);
		}
		catch (ImportRefused ex) {
			Actions.refused(redirect, ex);
			return "redirect:" + page.url();
		}
		showCenter(preview.centerId(), me, model);
		model.addAttribute("importPage", page);
		model.addAttribute("preview", preview);
		model.addAttribute("report", preview.report());
		return "imports/preview";
	}

	/**
	 * {@code validRowsOnly} is the staff member's explicit choice between the two radio buttons the preview shows when
	 * rows are rejected; without rejected rows there is nothing to choose.
	 */
	@PostMapping("/{id}/confirm")
	String confirm(@PathVariable long id, @RequestParam(required = false) Boolean validRowsOnly,
			@RequestParam(required = false) Long center, U me, RedirectAttributes redirect) {
		String chosen = center == null ? "" : "?center=" + center;
		try {
			TableImportReport report = imports.confirm(id, Boolean.TRUE.equals(validRowsOnly), accountId(me));
			if (!report.applied()) {
				redirect.addFlashAttribute(validRowsOnly == null ? Actions.ERROR : Actions.NOTICE,
						validRowsOnly == null ? "imports.preview.chooseMode" : "imports.preview.rejectedNotConfirmed");
				return "redirect:" + page.url() + "/" + id + chosen;
			}
			redirect.addFlashAttribute(Actions.NOTICE, page.key("done.notice"));
			redirect.addFlashAttribute("summary", report);
			return "redirect:" + page.url() + "/done" + chosen;
		}
		catch (ImportRefused ex) {
			Actions.refused(redirect, ex);
			return "redirect:" + page.url() + chosen;
		}
	}

	@GetMapping("/done")
	String done(C center, Model model) {
		if (!model.containsAttribute("summary")) {
			return "redirect:" + leaveDone + "?center=" + centerId(center);
		}
		model.addAttribute("importPage", page);
		return "imports/done";
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
		return "redirect:" + page.url();
	}

	private String uploadPage(Model model) {
		model.addAttribute("importPage", page);
		model.addAttribute("encodings", List.of("auto", "utf-8", "cp949"));
		return "imports/upload";
	}
}
