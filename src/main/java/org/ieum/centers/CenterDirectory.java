package org.ieum.centers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the network of centers: anyone may, so nothing here checks permissions. */
@Service
@Transactional(readOnly = true)
class CenterDirectory {

	private static final Comparator<Center> BY_NAME = Comparator.comparing(Center::getName);

	private final CenterRepository centers;
	private final SiteRepository sites;
	private final ContactRepository contacts;

	CenterDirectory(CenterRepository centers, SiteRepository sites, ContactRepository contacts) {
		this.centers = centers;
		this.sites = sites;
		this.contacts = contacts;
	}

	/** Each top-level center by name, followed by the centers under it (depth first), so parents come first. */
	List<Center> hierarchy() {
		List<Center> all = centers.findAll();
		Map<Long, List<Center>> byParent = all.stream()
			.filter(c -> c.getParentId() != null)
			.collect(Collectors.groupingBy(Center::getParentId));
		List<Center> ordered = new ArrayList<>();
		all.stream().filter(c -> c.getParentId() == null).sorted(BY_NAME)
			.forEach(root -> appendWithChildren(root, byParent, ordered));
		return ordered;
	}

	private void appendWithChildren(Center center, Map<Long, List<Center>> byParent, List<Center> ordered) {
		ordered.add(center);
		byParent.getOrDefault(center.getId(), List.of()).stream().sorted(BY_NAME)
			.forEach(child -> appendWithChildren(child, byParent, ordered));
	}

	Optional<Center> find(long id) {
		return centers.findById(id);
	}

	Optional<Center> findBySlug(String slug) {
		return centers.findBySlug(slug);
	}

	List<Center> childrenOf(long centerId) {
		return centers.findByParentIdOrderByName(centerId);
	}

	Set<Long> centerAndDescendantIds(long centerId) {
		Set<Long> ids = new LinkedHashSet<>();
		collect(centerId, ids);
		return ids;
	}

	private void collect(long centerId, Set<Long> ids) {
		// A cycle cannot be saved, but stopping on a repeated id keeps a bad row from looping forever.
		if (ids.add(centerId)) {
			childrenOf(centerId).forEach(child -> collect(child.getId(), ids));
		}
	}

	List<Site> sitesOf(long centerId) {
		return sites.findByCenterIdOrderByMainSiteDescIdAsc(centerId);
	}

	Optional<Site> mainSiteOf(long centerId) {
		return sitesOf(centerId).stream().findFirst();
	}

	Optional<Site> site(long siteId) {
		return sites.findById(siteId);
	}

	List<Contact> contactsOf(long centerId) {
		return contacts.findByCenterIdOrderByPositionAscIdAsc(centerId);
	}
}
