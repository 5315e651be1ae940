package org.ieum.enterprises.readiness;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.ieum.enterprises.DesignationGuides;
import org.ieum.enterprises.ReadinessReferences;
import org.ieum.enterprises.ReadinessReferences.Kind;
import org.ieum.enterprises.ReadinessReferences.Reference;
import org.ieum.enterprises.ReadinessReferences.Standing;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.OrganizationAccess;
import org.ieum.enterprises.records.OrganizationRepository;
import org.ieum.enterprises.records.UnknownOrganization;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certification readiness: staff of an owning center start a designation's checklist for an organization and record
 * each requirement's state and evidence; the organization's managers see it with the share met.
 */
@Service
@Transactional(readOnly = true)
public class Readiness {

	/** A file to send back: its bytes, the name to offer and its content type. */
	public record Download(byte[] bytes, String name, String type) {
	}

	/** What staff record about one requirement; the file is optional and replaces the stored one. */
	public record Review(ItemState state, Long number, LocalDate date, String note, Long consultantExpertId,
			Long courseId, byte[] file, String fileName) {
	}

	private final ReadinessItemRepository items;
	private final OrganizationRepository organizations;
	private final OrganizationAccess access;
	private final ReadinessFiles files;
	private final ObjectProvider<DesignationGuides> guides;
	private final Map<Kind, ReadinessReferences> references;
	private final Clock clock;

	/**
	 * @param guides the website's guides to each designation (absent: the checklist shows no guide link)
	 * @param references the consulting and education modules' answers about the ids an item links to (absent: an id
	 *        cannot be checked and is refused)
	 */
	Readiness(ReadinessItemRepository items, OrganizationRepository organizations, OrganizationAccess access,
			ReadinessFiles files, ObjectProvider<DesignationGuides> guides, List<ReadinessReferences> references,
			Clock clock) {
		this.items = items;
		this.organizations = organizations;
		this.access = access;
		this.files = files;
		this.guides = guides;
		this.references = references.stream().collect(Collectors.toMap(ReadinessReferences::kind, r -> r));
		this.clock = clock;
	}

	/** The organization's checklists, for its staff and its managers. */
	public ReadinessView of(long organizationId) {
		Organization organization = organization(organizationId);
		access.requireEditor(organization);
		Map<Track, List<ReadinessItem>> byTrack = items.findByOrganizationIdOrderByIdAsc(organizationId).stream()
			.collect(Collectors.groupingBy(ReadinessItem::getTrack));
		List<ReadinessView.Checklist> checklists = new ArrayList<>();
		List<Track> notStarted = new ArrayList<>();
		for (Track track : Track.values()) {
			List<ReadinessItem> list = byTrack.get(track);
			if (list == null) {
				notStarted.add(track);
				continue;
			}
			List<ReadinessView.Item> views = list.stream()
				.sorted((a, b) -> a.getRequirement().compareTo(b.getRequirement()))
				.map(i -> new ReadinessView.Item(i.getId(), i.getRequirement(), i.getState(), i.getEvidenceNumber(),
						i.getEvidenceDate(), i.getEvidenceName(), i.getNote(), i.getConsultantExpertId(), i.getCourseId(),
						shown(Kind.CONSULTANT, organization, i.getConsultantExpertId()),
						shown(Kind.COURSE, organization, i.getCourseId()), Seoul.at(i.getUpdatedAt()).toLocalDate()))
				.toList();
			long met = views.stream().filter(v -> v.state() == ItemState.MET).count();
			checklists.add(new ReadinessView.Checklist(track, ReadinessRules.percent(met, views.size()), met, views,
					guideOf(organization, track)));
		}
		return new ReadinessView(organizationId, organization.getName(), checklists, notStarted);
	}

	/** Starts a designation's checklist with every requirement unchecked; refused when it was started already. */
	@Transactional
	public void start(long organizationId, Track track) {
		Organization organization = organization(organizationId);
		access.requireStaffOf(organization);
		if (track == null) {
			throw new Refusal("readiness.error.trackRequired");
		}
		if (items.existsByOrganizationIdAndTrack(organizationId, track)) {
			throw new Refusal("readiness.error.started");
		}
		for (Requirement requirement : track.requirements()) {
			items.save(new ReadinessItem(organizationId, requirement, clock.instant()));
		}
		items.flush();
	}

	/** Records a requirement's state and evidence; 충족 without the evidence it needs is refused and nothing changes. */
	@Transactional
	public void review(long organizationId, Requirement requirement, Review review) {
		Organization organization = organization(organizationId);
		access.requireStaffOf(organization);
		if (requirement == null) {
			throw Refusal.notFound("readiness.error.unknownItem");
		}
		ReadinessItem item = items.findByOrganizationIdAndRequirement(organizationId, requirement)
			.orElseThrow(() -> Refusal.notFound("readiness.error.unknownItem"));
		String note = review.note() == null || review.note().isBlank() ? null : review.note().strip();
		boolean newFile = review.file() != null && review.file().length > 0;
		ReadinessRules.check(requirement, review.state(), review.number(), review.date(), note,
				newFile || item.getEvidenceFile() != null, Seoul.today(clock));
		if (review.consultantExpertId() != null && review.consultantExpertId() <= 0
				|| review.courseId() != null && review.courseId() <= 0) {
			throw new Refusal("readiness.error.linkId");
		}
		requireUsable(Kind.CONSULTANT, organization, review.consultantExpertId(), item.getConsultantExpertId());
		requireUsable(Kind.COURSE, organization, review.courseId(), item.getCourseId());
		ReadinessItem.StoredEvidence stored = newFile ? files.store(review.file(), review.fileName()) : null;
		item.review(review.state(), review.number(), review.date(), note, stored, review.consultantExpertId(),
				review.courseId(), access.requireUser().accountId(), clock.instant());
		items.saveAndFlush(item);
	}

	/** A requirement's evidence file, for the organization's staff and managers. */
	public Download evidence(long organizationId, long itemId) {
		Organization organization = organization(organizationId);
		access.requireEditor(organization);
		ReadinessItem item = items.findById(itemId)
			.filter(i -> i.getOrganizationId() == organizationId && i.getEvidenceFile() != null)
			.orElseThrow(() -> Refusal.notFound("readiness.error.noEvidence"));
		byte[] bytes = files.read(item.getEvidenceFile())
			.orElseThrow(() -> Refusal.notFound("readiness.error.noEvidence"));
		return new Download(bytes, item.getEvidenceName(), item.getEvidenceType());
	}

	/**
	 * For the demo data only, never from a request: starts the social enterprise checklist of an organization that
	 * has none, with the first requirements met (the form with a file) and one to be improved.
	 */
	@Transactional
	public boolean seedDemo(long organizationId, byte[] articles, String articlesName) {
		if (items.existsByOrganizationIdAndTrack(organizationId, Track.SOCIAL_ENTERPRISE)) {
			return false;
		}
		for (Requirement requirement : Track.SOCIAL_ENTERPRISE.requirements()) {
			ReadinessItem item = new ReadinessItem(organizationId, requirement, clock.instant());
			switch (requirement) {
				case SE_ORGANIZATION_FORM -> item.review(ItemState.MET, null, null, "법인 등기부등본 확인",
						files.store(articles, articlesName), null, null, null, clock.instant());
				case SE_PAID_WORKERS -> item.review(ItemState.MET, 7L, null, "4대 보험 가입자 명부 기준", null, null, null,
						null, clock.instant());
				case SE_REVENUE_RATIO -> item.review(ItemState.NEEDS_WORK, 38L, null, "영업수입이 노무비의 50%에 못 미침",
						null, null, null, null, clock.instant());
				default -> {
				}
			}
			items.save(item);
		}
		return true;
	}

	/**
	 * A newly linked consultant or course must exist and belong to the organization's centers; the one already linked
	 * is kept as it is, so a consultant who has left the pool since does not block saving the item's state.
	 */
	private void requireUsable(Kind kind, Organization organization, Long id, Long linked) {
		if (id == null || id.equals(linked)) {
			return;
		}
		String what = kind.name().toLowerCase(Locale.ROOT);
		ReadinessReferences port = references.get(kind);
		Reference reference = port == null ? Reference.unknown() : port.lookUp(organization.getCenterIds(), id);
		if (reference.standing() == Standing.UNKNOWN) {
			throw new Refusal("readiness.error.unknown." + what, String.valueOf(id));
		}
		if (reference.standing() == Standing.ELSEWHERE) {
			throw new Refusal("readiness.error.elsewhere." + what, reference.label());
		}
	}

	private Reference shown(Kind kind, Organization organization, Long id) {
		if (id == null) {
			return null;
		}
		ReadinessReferences port = references.get(kind);
		return port == null ? Reference.unknown() : port.lookUp(organization.getCenterIds(), id);
	}

	/** The guide in the portal of the organization's first center that has one. */
	private String guideOf(Organization organization, Track track) {
		DesignationGuides port = guides.getIfAvailable();
		if (port == null) {
			return null;
		}
		return organization.getCenterIds().stream().sorted()
			.flatMap(center -> port.guideOf(center, track.designation()).stream())
			.findFirst().orElse(null);
	}

	private Organization organization(long id) {
		return organizations.findById(id).orElseThrow(() -> new UnknownOrganization("organization", id));
	}

	static List<ItemState> states() {
		return Arrays.asList(ItemState.values());
	}
}
