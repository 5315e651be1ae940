package org.ieum.centers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;

import org.ieum.shared.Seoul;
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

/** Staff enter the day's visitor count per site and read the monthly totals of a year. */
@Controller
@RequestMapping("/admin/centers/{id}/visitors")
class VisitorAdminController {

	private final CenterAdministration administration;
	private final CenterDirectory directory;
	private final VisitorLog visitors;
	private final Clock clock;

	VisitorAdminController(CenterAdministration administration, CenterDirectory directory, VisitorLog visitors,
			Clock clock) {
		this.administration = administration;
		this.directory = directory;
		this.visitors = visitors;
		this.clock = clock;
	}

	@GetMapping
	String show(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
		Center center = administration.centerToManage(id);
		VisitorCountForm form = new VisitorCountForm();
		form.setDate(Seoul.today(clock));
		directory.mainSiteOf(id).ifPresent(site -> form.setSiteId(site.getId()));
		model.addAttribute("visitorForm", form);
		return page(center, year, model);
	}

	@PostMapping
	String record(@PathVariable long id, @Valid @ModelAttribute("visitorForm") VisitorCountForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Center center = administration.centerToManage(id);
		if (form.getDate() != null && form.getDate().isAfter(Seoul.today(clock))) {
			errors.rejectValue("date", "centers.error.futureVisit");
		}
		if (form.getSiteId() != null && directory.sitesOf(id).stream().noneMatch(s -> s.getId().equals(form.getSiteId()))) {
			errors.rejectValue("siteId", "centers.error.unknownSite");
		}
		if (errors.hasErrors()) {
			return page(center, null, model);
		}
		visitors.record(id, form.getSiteId(), form.getDate(), form.getVisitors());
		redirect.addFlashAttribute("notice", "centers.notice.visitorsSaved");
		return "redirect:/admin/centers/" + id + "/visitors?year=" + form.getDate().getYear();
	}

	private String page(Center center, Integer requestedYear, Model model) {
		LocalDate today = Seoul.today(clock);
		Year year = requestedYear == null || requestedYear < 2000 || requestedYear > 2100 ? Year.from(today)
				: Year.of(requestedYear);
		List<SiteSummary> sites = directory.sitesOf(center.getId()).stream().map(Site::summary).toList();
		List<List<MonthlyVisitors>> series = sites.stream()
			.map(s -> visitors.monthly(s.id(), year.atMonth(1), year.atMonth(12)))
			.toList();
		List<MonthRow> rows = new ArrayList<>();
		long[] siteTotals = new long[sites.size()];
		for (int m = 0; m < 12; m++) {
			List<Long> perSite = new ArrayList<>();
			long monthTotal = 0;
			for (int s = 0; s < sites.size(); s++) {
				long count = series.get(s).get(m).visitors();
				perSite.add(count);
				siteTotals[s] += count;
				monthTotal += count;
			}
			rows.add(new MonthRow(YearMonth.of(year.getValue(), m + 1), perSite, monthTotal));
		}
		long yearTotal = rows.stream().mapToLong(MonthRow::total).sum();
		long monthsCounted = rows.stream().filter(r -> r.total() > 0).count();
		model.addAttribute("center", new CenterAdminController.CenterRow(center.getId(), center.getSlug(),
				center.getName(), center.getRegion(), center.getParentId() != null, center.isDemo()));
		model.addAttribute("sites", sites);
		model.addAttribute("year", year.getValue());
		model.addAttribute("rows", rows);
		model.addAttribute("siteTotals", Arrays.stream(siteTotals).boxed().toList());
		model.addAttribute("yearTotal", yearTotal);
		model.addAttribute("monthlyAverage", monthsCounted == 0 ? 0 : Math.round((double) yearTotal / monthsCounted));
		model.addAttribute("today", today);
		return "centers/admin/visitors";
	}

	record MonthRow(YearMonth month, List<Long> perSite, long total) {
	}
}
