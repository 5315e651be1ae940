package org.ieum.centers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Daily visitor counts per site, entered by the center's staff; the monthly figures feed statistics. */
@Service
@Transactional
class VisitorLog {

	private final VisitorCountRepository counts;
	private final SiteRepository sites;
	private final Clock clock;

	VisitorLog(VisitorCountRepository counts, SiteRepository sites, Clock clock) {
		this.counts = counts;
		this.sites = sites;
		this.clock = clock;
	}

	/** Entering the same day again replaces the earlier figure. */
	void record(long centerId, long siteId, LocalDate date, int visitors) {
		Authorities.requireCenterStaff(centerId);
		Site site = sites.findById(siteId)
			.filter(s -> s.getCenterId() == centerId)
			.orElseThrow(() -> new UnknownCenterRecord("site", siteId));
		if (date.isAfter(Seoul.today(clock))) {
			throw new IllegalArgumentException("visitors cannot be counted ahead: " + date);
		}
		counts.findBySiteIdAndVisitDate(site.getId(), date)
			.ifPresentOrElse(count -> count.recount(visitors, clock.instant()),
					() -> counts.save(new VisitorCount(site.getId(), date, visitors, clock.instant())));
	}

	@Transactional(readOnly = true)
	long inMonth(long siteId, YearMonth month) {
		return counts.sumVisitors(siteId, month.atDay(1), month.atEndOfMonth());
	}

	/** Every month from {@code from} to {@code to} inclusive, zero where nothing was counted. */
	@Transactional(readOnly = true)
	List<MonthlyVisitors> monthly(long siteId, YearMonth from, YearMonth to) {
		if (to.isBefore(from)) {
			return List.of();
		}
		long[] totals = new long[(int) from.until(to, ChronoUnit.MONTHS) + 1];
		for (VisitorCount count : counts.findBySiteIdAndVisitDateBetweenOrderByVisitDate(siteId, from.atDay(1),
				to.atEndOfMonth())) {
			totals[(int) from.until(YearMonth.from(count.getVisitDate()), ChronoUnit.MONTHS)] += count
				.getVisitors();
		}
		List<MonthlyVisitors> series = new ArrayList<>();
		for (int i = 0; i < totals.length; i++) {
			series.add(new MonthlyVisitors(siteId, from.plusMonths(i), totals[i]));
		}
		return series;
	}

	/** Everything counted at these sites, or empty when nothing was ever counted. */
	@Transactional(readOnly = true)
	Optional<VisitorRecord> record(Collection<Long> siteIds) {
		List<VisitorCount> all = siteIds.isEmpty() ? List.of() : counts.findBySiteIdInOrderByVisitDate(siteIds);
		if (all.isEmpty()) {
			return Optional.empty();
		}
		LocalDate first = all.get(0).getVisitDate();
		LocalDate last = all.get(all.size() - 1).getVisitDate();
		Map<YearMonth, Long> byMonth = new TreeMap<>();
		for (YearMonth m = YearMonth.from(first); !m.isAfter(YearMonth.from(last)); m = m.plusMonths(1)) {
			byMonth.put(m, 0L);
		}
		long total = 0;
		for (VisitorCount count : all) {
			byMonth.merge(YearMonth.from(count.getVisitDate()), (long) count.getVisitors(), Long::sum);
			total += count.getVisitors();
		}
		double months = 0;
		for (YearMonth m : byMonth.keySet()) {
			LocalDate from = first.isAfter(m.atDay(1)) ? first : m.atDay(1);
			LocalDate to = last.isBefore(m.atEndOfMonth()) ? last : m.atEndOfMonth();
			months += (double) (ChronoUnit.DAYS.between(from, to) + 1) / m.lengthOfMonth();
		}
		List<VisitorRecord.Month> series = byMonth.entrySet().stream()
			.map(e -> new VisitorRecord.Month(e.getKey(), e.getValue()))
			.toList();
		return Optional.of(new VisitorRecord(first, last, total, Math.round(total / months), series));
	}

	@Transactional(readOnly = true)
	List<VisitorCount> daily(long siteId, LocalDate from, LocalDate to) {
		return counts.findBySiteIdAndVisitDateBetweenOrderByVisitDate(siteId, from, to);
	}
}
