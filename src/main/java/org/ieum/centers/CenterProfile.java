package org.ieum.centers;

import java.time.LocalDate;
import java.util.List;

/** A center's public profile as the JSON API and other modules read it. */
public record CenterProfile(long id, String slug, String name, String shortName, Long parentId, String region,
		String phone, String email, String address, String operatorName, LocalDate contractStart,
		LocalDate contractEnd, String introduction, boolean demo, List<SiteProfile> sites) {

	/** A site with its regular weekly hours, Monday first. */
	public record SiteProfile(SiteSummary site, List<WeekdayHours> weeklyHours) {
	}
}
