package org.ieum.spaces;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ieum.centers.CentersApi;
import org.ieum.centers.SiteSummary;
import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.ieum.spaces.SpaceViews.SpaceView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The spaces each center offers; staff of that center keep them. */
@Service
@Transactional(readOnly = true)
class SpaceCatalog {

	private final SpaceRepository spaces;
	private final CentersApi centers;
	private final Clock clock;

	SpaceCatalog(SpaceRepository spaces, CentersApi centers, Clock clock) {
		this.spaces = spaces;
		this.centers = centers;
		this.clock = clock;
	}

	List<SpaceView> offeredBy(long centerId) {
		return views(spaces.findByCenterIdAndActiveTrueOrderByName(centerId), centerId);
	}

	List<SpaceView> allOf(long centerId) {
		Authorities.requireCenterStaff(centerId);
		return views(spaces.findByCenterIdOrderByName(centerId), centerId);
	}

	Space find(long id) {
		return spaces.findById(id).orElseThrow(() -> Refusal.notFound("spaces.error.noSpace"));
	}

	SpaceView view(Space space) {
		String site = centers.findSite(space.getSiteId()).map(SiteSummary::name).orElse("");
		return SpaceView.of(space, site);
	}

	/** For staff pages: the space if the current user may manage it. */
	Space toManage(long id) {
		Space space = find(id);
		Authorities.requireCenterStaff(space.getCenterId());
		return space;
	}

	@Transactional
	long create(long centerId, long siteId, SpaceTerms terms) {
		Authorities.requireCenterStaff(centerId);
		requireSiteOf(centerId, siteId);
		return spaces.save(new Space(centerId, siteId, terms, clock.instant())).getId();
	}

	@Transactional
	void revise(long id, long siteId, SpaceTerms terms) {
		Space space = toManage(id);
		requireSiteOf(space.getCenterId(), siteId);
		space.revise(siteId, terms);
	}

	private void requireSiteOf(long centerId, long siteId) {
		if (centers.findSite(siteId).filter(s -> s.centerId() == centerId).isEmpty()) {
			throw new Refusal("spaces.error.site");
		}
	}

	private List<SpaceView> views(List<Space> list, long centerId) {
		Map<Long, String> sites = centers.sitesOf(centerId).stream()
			.collect(Collectors.toMap(SiteSummary::id, SiteSummary::name));
		return list.stream().map(s -> SpaceView.of(s, sites.getOrDefault(s.getSiteId(), ""))).toList();
	}
}
