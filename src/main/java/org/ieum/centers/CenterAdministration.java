package org.ieum.centers;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.ieum.shared.Authorities;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff maintain their own center's profile, contacts, sites and hours; system
 * administrators create centers and arrange the hierarchy. Every method checks the
 * caller's scope itself, because the URL rules only know "some staff member".
 */
@Service
@Transactional
class CenterAdministration {

	/** What a new site starts with, so that it does not show as closed all week before staff set its hours. */
	private static final LocalTime USUAL_OPENING = LocalTime.of(9, 0);
	private static final LocalTime USUAL_CLOSING = LocalTime.of(18, 0);

	private final CenterRepository centers;
	private final ContactRepository contacts;
	private final SiteRepository sites;
	private final WeeklyHoursRepository weeklyHours;
	private final SpecialHoursRepository exceptions;
	private final CenterDirectory directory;
	private final Clock clock;

	CenterAdministration(CenterRepository centers, ContactRepository contacts, SiteRepository sites,
			WeeklyHoursRepository weeklyHours, SpecialHoursRepository exceptions, CenterDirectory directory,
			Clock clock) {
		this.centers = centers;
		this.contacts = contacts;
		this.sites = sites;
		this.weeklyHours = weeklyHours;
		this.exceptions = exceptions;
		this.directory = directory;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<Center> manageableCenters() {
		return directory.hierarchy().stream().filter(c -> Authorities.canManageCenter(c.getId())).toList();
	}

	@Transactional(readOnly = true)
	Center centerToManage(long centerId) {
		Authorities.requireCenterStaff(centerId);
		return centers.findById(centerId).orElseThrow(() -> new UnknownCenterRecord("center", centerId));
	}

	@Transactional(readOnly = true)
	Site siteToManage(long centerId, long siteId) {
		centerToManage(centerId);
		return sites.findById(siteId)
			.filter(s -> s.getCenterId() == centerId)
			.orElseThrow(() -> new UnknownCenterRecord("site", siteId));
	}

	@Transactional(readOnly = true)
	boolean slugTaken(String slug) {
		return centers.existsBySlug(slug);
	}

	long open(String slug, Long parentId, CenterProfileChange profile) {
		Authorities.requireSystemAdmin();
		if (centers.existsBySlug(slug)) {
			throw new IllegalArgumentException("slug in use: " + slug);
		}
		Center center = centers.save(new Center(slug, profile, false, clock.instant()));
		if (parentId != null) {
			moveUnder(center.getId(), parentId);
		}
		return center.getId();
	}

	void revise(long centerId, CenterProfileChange profile) {
		centerToManage(centerId).revise(profile);
	}

	/** The profile and, for system administrators, the parent, in one transaction: both or neither. */
	void revise(long centerId, CenterProfileChange profile, boolean moves, Long parentId) {
		revise(centerId, profile);
		if (moves) {
			moveUnder(centerId, parentId);
		}
	}

	@Transactional(readOnly = true)
	boolean exists(Long centerId) {
		return centerId != null && centers.existsById(centerId);
	}

	/** Only system administrators rearrange the network; a center cannot end up under its own descendant. */
	void moveUnder(long centerId, Long parentId) {
		Authorities.requireSystemAdmin();
		Center center = centerToManage(centerId);
		if (parentId != null && wouldCreateCycle(centerId, parentId)) {
			throw new IllegalArgumentException("cycle: " + centerId + " under " + parentId);
		}
		center.placeUnder(parentId);
	}

	@Transactional(readOnly = true)
	boolean wouldCreateCycle(long centerId, long parentId) {
		return directory.centerAndDescendantIds(centerId).contains(parentId);
	}

	void addContact(long centerId, String team, String duty, String phone) {
		centerToManage(centerId);
		int next = directory.contactsOf(centerId).stream().mapToInt(Contact::getPosition).max().orElse(0) + 1;
		contacts.save(new Contact(centerId, team, duty, phone, next));
	}

	void removeContact(long centerId, long contactId) {
		centerToManage(centerId);
		Contact contact = contacts.findById(contactId)
			.filter(c -> c.getCenterId() == centerId)
			.orElseThrow(() -> new UnknownCenterRecord("contact", contactId));
		contacts.delete(contact);
	}

	long addSite(long centerId, String name, String address, String phone) {
		centerToManage(centerId);
		Site site = new Site(centerId, name, address, phone);
		if (directory.sitesOf(centerId).isEmpty()) {
			site.makeMain();
		}
		site = sites.save(site);
		for (DayOfWeek day : DayOfWeek.values()) {
			WeeklyHours hours = new WeeklyHours(site.getId(), day);
			if (day.getValue() <= DayOfWeek.FRIDAY.getValue()) {
				hours.open(USUAL_OPENING, USUAL_CLOSING);
			}
			weeklyHours.save(hours);
		}
		return site.getId();
	}

	void reviseSite(long centerId, long siteId, String name, String address, String phone, boolean main) {
		Site site = siteToManage(centerId, siteId);
		site.describe(name, address, phone);
		if (main && !site.isMainSite()) {
			directory.sitesOf(centerId).forEach(Site::makeSecondary);
			site.makeMain();
		}
	}

	/** Days missing from the map are closed. */
	void setWeeklyHours(long centerId, long siteId, Map<DayOfWeek, LocalTime[]> openDays) {
		siteToManage(centerId, siteId);
		for (DayOfWeek day : DayOfWeek.values()) {
			WeeklyHours hours = weeklyHours.findBySiteIdAndDayOfWeek(siteId, day.getValue())
				.orElseGet(() -> new WeeklyHours(siteId, day));
			LocalTime[] range = openDays.get(day);
			if (range == null) {
				hours.close();
			}
			else {
				hours.open(range[0], range[1]);
			}
			weeklyHours.save(hours);
		}
	}

	void addClosure(long centerId, long siteId, LocalDate from, LocalDate to, String note) {
		siteToManage(centerId, siteId);
		exceptions.save(SpecialHours.closure(siteId, from, to, note));
	}

	void addSpecialHours(long centerId, long siteId, LocalDate from, LocalDate to, LocalTime opens, LocalTime closes,
			String note) {
		siteToManage(centerId, siteId);
		exceptions.save(SpecialHours.open(siteId, from, to, opens, closes, note));
	}

	void removeException(long centerId, long siteId, long exceptionId) {
		siteToManage(centerId, siteId);
		SpecialHours exception = exceptions.findById(exceptionId)
			.filter(e -> e.getSiteId() == siteId)
			.orElseThrow(() -> new UnknownCenterRecord("exception", exceptionId));
		exceptions.delete(exception);
	}
}
