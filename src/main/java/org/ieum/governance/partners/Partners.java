package org.ieum.governance.partners;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ieum.governance.core.GovernanceFiles;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.files.DownloadNames;
import org.ieum.shared.files.FileArea;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A center's partner register: partners with their contact and logo, agreements with their
 * signed document, renewals and follow-up activities. Staff of the center only; the public list
 * shows the partners the center chose to show.
 */
@Service
@Transactional
public class Partners {

	private final PartnerRepository partners;
	private final MouRepository mous;
	private final MouActivityRepository activities;
	private final GovernanceFiles files;
	private final Clock clock;

	public Partners(PartnerRepository partners, MouRepository mous, MouActivityRepository activities,
			GovernanceFiles files, Clock clock) {
		this.partners = partners;
		this.mous = mous;
		this.activities = activities;
		this.files = files;
		this.clock = clock;
	}

	public record PartnerTerms(String name, PartnerKind kind, Long organizationId, String contactName,
			String contactPhone, String contactEmail, boolean showOnPortal) {
	}

	public record MouTerms(LocalDate signedOn, LocalDate startsOn, LocalDate endsOn, String purpose,
			boolean autoRenewal) {
	}

	public record Upload(byte[] bytes, String name) {
	}

	public record MouRow(long id, LocalDate signedOn, LocalDate startsOn, LocalDate endsOn, String purpose,
			boolean autoRenewal, int renewals, String documentName, boolean inForce, List<ActivityRow> activities) {
	}

	public record ActivityRow(LocalDate happenedOn, ActivityKind kind, String note, String link) {
	}

	public record PartnerRow(long id, String name, PartnerKind kind, String contactName, String contactPhone,
			String contactEmail, boolean hasLogo, boolean showOnPortal, LocalDate inForceUntil) {
	}

	public record PartnerPage(PartnerRow partner, List<MouRow> mous) {
	}

	public record Download(String name, String type, byte[] bytes) {
	}

	public Partner register(long centerId, PartnerTerms terms, Upload logo) {
		Authorities.requireCenterStaff(centerId);
		String logoFile = logo == null ? null : files.storeLogo(logo.bytes()).file();
		return partners.save(new Partner(centerId, terms.name(), terms.kind(), terms.organizationId(),
				terms.contactName(), terms.contactPhone(), terms.contactEmail(), logoFile, terms.showOnPortal(),
				clock.instant()));
	}

	public Mou sign(long partnerId, long centerId, MouTerms terms, Upload document) {
		Partner partner = partnerToManage(partnerId, centerId);
		Mou mou = new Mou(partner.getId(), terms.signedOn(), terms.startsOn(), terms.endsOn(), terms.purpose(),
				terms.autoRenewal(), clock.instant());
		if (document != null) {
			FileArea.StoredFile stored = files.store(document.bytes());
			mou.attach(stored.file(), DownloadNames.of(document.name(), stored.file()), stored.type());
		}
		return mous.save(mou);
	}

	public void renew(long mouId, long centerId, LocalDate newEnd) {
		mouToManage(mouId, centerId).renew(newEnd);
	}

	public void logActivity(long mouId, long centerId, LocalDate day, ActivityKind kind, String note, String link) {
		Mou mou = mouToManage(mouId, centerId);
		activities.save(new MouActivity(mou.getId(), day, kind, note, link, clock.instant()));
	}

	@Transactional(readOnly = true)
	public List<PartnerRow> partnersOf(long centerId) {
		Authorities.requireCenterStaff(centerId);
		return rows(partners.findByCenterIdOrderByNameAscIdAsc(centerId));
	}

	@Transactional(readOnly = true)
	public PartnerPage partner(long partnerId, long centerId) {
		Partner partner = partnerToManage(partnerId, centerId);
		LocalDate today = Seoul.today(clock);
		List<Mou> list = mous.findByPartnerIdInOrderByEndsOnDescIdDesc(Set.of(partner.getId()));
		Map<Long, List<ActivityRow>> byMou = activities
			.findByMouIdInOrderByHappenedOnDescIdDesc(list.stream().map(Mou::getId).toList()).stream()
			.collect(Collectors.groupingBy(MouActivity::getMouId, Collectors.mapping(
					a -> new ActivityRow(a.getHappenedOn(), a.getKind(), a.getNote(), a.getLink()), Collectors.toList())));
		return new PartnerPage(rows(List.of(partner)).get(0), list.stream()
			.map(m -> new MouRow(m.getId(), m.getSignedOn(), m.getStartsOn(), m.getEndsOn(), m.getPurpose(),
					m.isAutoRenewal(), m.getRenewals(), m.getDocumentName(), m.inForceOn(today),
					byMou.getOrDefault(m.getId(), List.of())))
			.toList());
	}

	/** The partners a center shows on its portal, with an agreement in force today. */
	@Transactional(readOnly = true)
	public List<PartnerRow> shownOnPortal(long centerId) {
		return rows(partners.findByCenterIdOrderByNameAscIdAsc(centerId).stream().filter(Partner::isShowOnPortal)
			.toList()).stream().filter(p -> p.inForceUntil() != null)
			.map(p -> new PartnerRow(p.id(), p.name(), p.kind(), null, null, null, p.hasLogo(), true, p.inForceUntil()))
			.toList();
	}

	/** A partner's logo, served only where its center shows it on the portal. */
	@Transactional(readOnly = true)
	public Download logo(long partnerId) {
		Partner partner = partners.findById(partnerId).filter(p -> p.isShowOnPortal() && p.getLogoFile() != null)
			.orElseThrow(() -> Refusal.notFound("governance.error.notFound"));
		byte[] bytes = files.readLogo(partner.getLogoFile())
			.orElseThrow(() -> Refusal.notFound("governance.error.notFound"));
		return new Download(partner.getLogoFile(), partner.getLogoFile().endsWith(".png") ? "image/png" : "image/jpeg",
				bytes);
	}

	/** An agreement's signed document, for the center's staff. */
	@Transactional(readOnly = true)
	public Download document(long mouId) {
		Mou mou = mous.findById(mouId).orElseThrow(() -> Refusal.notFound("governance.error.notFound"));
		Partner partner = partners.findById(mou.getPartnerId()).orElseThrow();
		if (!Authorities.canManageCenter(partner.getCenterId()) || mou.getDocumentFile() == null) {
			throw Refusal.notFound("governance.error.notFound");
		}
		byte[] bytes = files.read(mou.getDocumentFile()).orElseThrow(() -> Refusal.notFound("governance.error.notFound"));
		return new Download(mou.getDocumentName(), mou.getDocumentType(), bytes);
	}

	private List<PartnerRow> rows(List<Partner> list) {
		LocalDate today = Seoul.today(clock);
		Map<Long, LocalDate> inForceUntil = mous
			.findByPartnerIdInOrderByEndsOnDescIdDesc(list.stream().map(Partner::getId).toList()).stream()
			.filter(m -> m.inForceOn(today))
			.collect(Collectors.toMap(Mou::getPartnerId, Mou::getEndsOn, (a, b) -> a.isAfter(b) ? a : b));
		return list.stream()
			.sorted(Comparator.comparing(Partner::getName))
			.map(p -> new PartnerRow(p.getId(), p.getName(), p.getKind(), p.getContactName(), p.getContactPhone(),
					p.getContactEmail(), p.getLogoFile() != null, p.isShowOnPortal(), inForceUntil.get(p.getId())))
			.toList();
	}

	private Partner partnerToManage(long partnerId, long centerId) {
		Authorities.requireCenterStaff(centerId);
		return partners.findById(partnerId).filter(p -> p.getCenterId() == centerId)
			.orElseThrow(() -> Refusal.notFound("governance.error.notFound"));
	}

	private Mou mouToManage(long mouId, long centerId) {
		Mou mou = mous.findById(mouId).orElseThrow(() -> Refusal.notFound("governance.error.notFound"));
		partnerToManage(mou.getPartnerId(), centerId);
		return mou;
	}
}
