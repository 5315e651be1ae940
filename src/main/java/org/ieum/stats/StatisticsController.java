package org.ieum.stats;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Public statistics pages and their downloads, for one center or the whole network. */
@Controller
class StatisticsController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Statistics statistics;
	private final StatisticsDownloads downloads;
	private final CentersApi centers;

	StatisticsController(Statistics statistics, StatisticsDownloads downloads, CentersApi centers) {
		this.statistics = statistics;
		this.downloads = downloads;
		this.centers = centers;
	}

	@GetMapping("/statistics")
	String network(Locale locale, Model model) {
		model.addAttribute("report", statistics.network(locale));
		return "stats/statistics";
	}

	@GetMapping("/c/{slug}/statistics")
	String center(@PathVariable String slug, Locale locale, Model model) {
		model.addAttribute("report", statistics.center(center(slug), locale));
		return "stats/statistics";
	}

	@GetMapping("/c/{slug}/statistics/print")
	String print(@PathVariable String slug, Locale locale, Model model) {
		model.addAttribute("report", statistics.center(center(slug), locale));
		return "stats/print";
	}

	@GetMapping("/statistics/{table}.csv")
	ResponseEntity<byte[]> networkCsv(@PathVariable String table, Locale locale) {
		StatisticsReport report = statistics.network(locale);
		return file(downloads.csv(report, table(report, table), locale), "network", table, "csv", csv());
	}

	@GetMapping("/statistics/{table}.xlsx")
	ResponseEntity<byte[]> networkXlsx(@PathVariable String table, Locale locale) {
		StatisticsReport report = statistics.network(locale);
		return file(downloads.xlsx(report, table(report, table), locale), "network", table, "xlsx", XLSX);
	}

	@GetMapping("/c/{slug}/statistics/{table}.csv")
	ResponseEntity<byte[]> centerCsv(@PathVariable String slug, @PathVariable String table, Locale locale) {
		StatisticsReport report = statistics.center(center(slug), locale);
		return file(downloads.csv(report, table(report, table), locale), slug, table, "csv", csv());
	}

	@GetMapping("/c/{slug}/statistics/{table}.xlsx")
	ResponseEntity<byte[]> centerXlsx(@PathVariable String slug, @PathVariable String table, Locale locale) {
		StatisticsReport report = statistics.center(center(slug), locale);
		return file(downloads.xlsx(report, table(report, table), locale), slug, table, "xlsx", XLSX);
	}

	private static MediaType csv() {
		return new MediaType("text", "csv", StandardCharsets.UTF_8);
	}

	private static StatTable table(StatisticsReport report, String id) {
		StatTable table = report.table(id);
		if (table == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return table;
	}

	/** Named like open data files: scope, table and reference date. */
	private static ResponseEntity<byte[]> file(byte[] body, String scope, String table, String extension,
			MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("ieum-" + scope + "-" + table + "." + extension, StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(body);
	}

	private CenterSummary center(String slug) {
		return centers.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
