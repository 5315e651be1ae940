package org.ieum.centers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask the centers module. Everything here is public information
 * (the network, sites, hours, visitor totals), so it checks no permissions.
 */
@Service
@Transactional(readOnly = true)
public class CentersApi {

	private final CenterDirectory directory;
	private final OpeningHoursCalendar hours;
	private final VisitorLog visitors;
	private final KnownCenters known;

	CentersApi(CenterDirectory directory, OpeningHoursCalendar hours, VisitorLog visitors, KnownCenters known) {
		this.directory = directory;
		this.hours = hours;
		this.visitors = visitors;
		this.known = known;
	}

	/** Every center, each top-level one (by name) followed by the centers under it. */
	public List<CenterSummary> all() {
		return directory.hierarchy().stream().map(Center::summary).toList();
	}

	/** Asked by many pages for a record's center: answered like {@link #findBySlug}. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<CenterSummary> findById(long id) {
		return known.byId(id);
	}

	/** Asked on every page of a portal: answered from the centers read since the last change, without a transaction. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<CenterSummary> findBySlug(String slug) {
		return known.bySlug(slug);
	}

	/** The centers directly under this one, by name. */
	public List<CenterSummary> childrenOf(long centerId) {
		return directory.childrenOf(centerId).stream().map(Center::summary).toList();
	}

	/** This center and every center below it, for figures rolled up the hierarchy. */
	public Set<Long> centerAndDescendantIds(long centerId) {
		return directory.centerAndDescendantIds(centerId);
	}

	/** The main site first. */
	public List<SiteSummary> sitesOf(long centerId) {
		return directory.sitesOf(centerId).stream().map(Site::summary).toList();
	}

	public Optional<SiteSummary> findSite(long siteId) {
		return directory.site(siteId).map(Site::summary);
	}

	/** Open or closed on a date, after exceptions, public holidays and the weekday hours. */
	public OpeningHoursOnDate hoursOn(long siteId, LocalDate date) {
		return hours.hoursOn(siteId, date);
	}

	/** Regular hours, Monday first. */
	public List<WeekdayHours> weeklyHours(long siteId) {
		return hours.weekly(siteId);
	}

	public long visitorsInMonth(long siteId, YearMonth month) {
		return visitors.inMonth(siteId, month);
	}

	/** One entry per month from {@code from} to {@code to} inclusive. */
	public List<MonthlyVisitors> monthlyVisitors(long siteId, YearMonth from, YearMonth to) {
		return visitors.monthly(siteId, from, to);
	}

	/**
	 * Everything counted at the center's sites and those of the centers below it, from the first
	 * counted day to the last; empty when the center never counted visitors.
	 */
	public Optional<VisitorRecord> visitorRecord(long centerId) {
		List<Long> siteIds = directory.centerAndDescendantIds(centerId).stream()
			.flatMap(id -> directory.sitesOf(id).stream())
			.map(Site::getId)
			.toList();
		return visitors.record(siteIds);
	}

	public Optional<CenterProfile> profile(String slug) {
		return directory.findBySlug(slug).map(this::profileOf);
	}

	private CenterProfile profileOf(Center c) {
		List<CenterProfile.SiteProfile> sites = directory.sitesOf(c.getId()).stream()
			.map(s -> new CenterProfile.SiteProfile(s.summary(), hours.weekly(s.getId())))
			.toList();
		return new CenterProfile(c.getId(), c.getSlug(), c.getName(), c.getShortName(), c.getParentId(),
				c.getRegion(), c.getPhone(), c.getEmail(), c.getAddress(), c.getOperatorName(), c.getContractStart(),
				c.getContractEnd(), c.getIntroduction(), c.isDemo(), sites);
	}
}
