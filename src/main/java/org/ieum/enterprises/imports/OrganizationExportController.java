package org.ieum.enterprises.imports;

import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.OrganizationStatus;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.ieum.shared.web.Refusal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/** The staff list's current filters exported as CSV or XLSX; personal fields only with a reason. */
@Controller
@RequestMapping("/admin/organizations/export")
class OrganizationExportController {

	private final OrganizationExport export;

	OrganizationExportController(OrganizationExport export) {
		this.export = export;
	}

	@GetMapping
	String form(@RequestParam(required = false) Long center, @RequestParam(required = false) DesignationType type,
			@RequestParam(required = false) OrganizationStatus status, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "CSV") OrganizationExport.Format format,
			@RequestParam(defaultValue = "false") boolean personal, @RequestParam(required = false) String error,
			Model model) {
		addFilter(model, center, type, status, q);
		model.addAttribute("format", format.name());
		model.addAttribute("personal", personal);
		// only known keys come back as the error, never text from the address
		model.addAttribute("reasonError", "imports.export.reasonRequired".equals(error) ? error : null);
		return "enterprises/imports/export";
	}

	@PostMapping
	ResponseEntity<StreamingResponseBody> download(@RequestParam(required = false) Long center,
			@RequestParam(required = false) DesignationType type, @RequestParam(required = false) OrganizationStatus status,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "CSV") OrganizationExport.Format format,
			@RequestParam(defaultValue = "false") boolean personal, @RequestParam(defaultValue = "") String reason,
			Locale locale) {
		OrganizationExport.Filter filter = new OrganizationExport.Filter(center, type, status, q.strip());
		try {
			export.authorize(filter, format, personal, reason);
		}
		catch (Refusal ex) {
			// the file is streamed, so this answer cannot be a page: back to the form with the filters and the error
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.location(UriComponentsBuilder.fromPath("/admin/organizations/export")
					.queryParamIfPresent("center", Optional.ofNullable(center))
					.queryParamIfPresent("type", Optional.ofNullable(type))
					.queryParamIfPresent("status", Optional.ofNullable(status))
					.queryParam("q", q.strip())
					.queryParam("format", format)
					.queryParam("personal", personal)
					.queryParam("error", ex.messageKey())
					.encode()
					.build()
					.toUri())
				.build();
		}
		Set<Long> scope = export.scope(filter);
		StreamingResponseBody body = out -> export.write(scope, filter, format, personal, locale, out);
		MediaType mediaType = format == OrganizationExport.Format.CSV ? new MediaType("text", "csv", StandardCharsets.UTF_8)
				: MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(export.fileName(format), StandardCharsets.UTF_8).build().toString())
			.contentType(mediaType)
			.body(body);
	}

	private static void addFilter(Model model, Long center, DesignationType type, OrganizationStatus status, String q) {
		model.addAttribute("center", center);
		model.addAttribute("type", type);
		model.addAttribute("status", status);
		model.addAttribute("q", q.strip());
		model.addAttribute("formats", OrganizationExport.Format.values());
	}
}
