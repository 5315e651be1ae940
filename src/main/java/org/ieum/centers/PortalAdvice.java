package org.ieum.centers;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import org.ieum.shared.web.PortalPaths;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every page under {@code /c/{slug}/} (this module's, those other modules add later, and My page
 * opened inside a portal) gets the {@code portal} the layout needs for its header and footer; an unknown slug is a 404.
 */
@ControllerAdvice
class PortalAdvice {

	private final CenterDirectory directory;
	private final OpeningHoursCalendar hours;
	private final KnownCenters known;

	PortalAdvice(CenterDirectory directory, OpeningHoursCalendar hours, KnownCenters known) {
		this.directory = directory;
		this.hours = hours;
		this.known = known;
	}

	@ModelAttribute
	void portal(HttpServletRequest request, Locale locale, Model model) {
		PortalPaths.slugOf(request).ifPresent(slug -> {
			// the center, its main site, its hours and the network around it: read once, again after a change
			PortalView portal = known.portal(slug, locale, this)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
			model.addAttribute("portal", portal);
		});
	}

	PortalView portalOf(Center center, Locale locale) {
		var main = directory.mainSiteOf(center.getId());
		String address = main.map(Site::getAddress).orElse(center.getAddress());
		String phone = center.getPhone() != null ? center.getPhone() : main.map(Site::getPhone).orElse(null);
		String summary = main.map(s -> hours.summary(s.getId(), locale)).orElse(null);
		List<Center> network = directory.hierarchy();
		PortalView.Link parent = network.stream()
			.filter(c -> c.getId().equals(center.getParentId()))
			.map(PortalAdvice::link)
			.findFirst()
			.orElse(null);
		// the centers beside it (same parent) and below it, in the network's order
		List<PortalView.Link> related = network.stream()
			.filter(c -> !c.getId().equals(center.getId()))
			.filter(c -> Objects.equals(c.getParentId(), center.getParentId()) || center.getId().equals(c.getParentId()))
			.map(PortalAdvice::link)
			.toList();
		return new PortalView(center.getId(), center.getSlug(), center.getName(), address, phone, summary,
				center.isDemo(), parent, related);
	}

	private static PortalView.Link link(Center center) {
		return new PortalView.Link(center.getSlug(), center.getName());
	}
}
