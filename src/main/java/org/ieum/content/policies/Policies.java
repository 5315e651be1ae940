package org.ieum.content.policies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.content.board.Board;
import org.ieum.content.board.RichText;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 개인정보처리방침 and 이용약관 in versions, the network's and, where a center published its own, that
 * center's. System administrators publish the network's, a center's staff their center's, each new
 * version with its effective date, today or later and after every earlier version's of the same
 * owner, so the version in force on any day is one clear answer: the latest whose effective date has
 * come (in Korean time). Earlier versions stay readable; a version not in force yet is shown as
 * upcoming. A portal whose center has no version of a policy shows the network's.
 */
@Service
@Transactional
class Policies {

	private static final int MAX_BODY = 200_000;

	/** Where a version stands today. */
	enum Standing {
		IN_FORCE, UPCOMING, EARLIER
	}

	record VersionLine(int version, LocalDate effectiveOn, Standing standing) {
	}

	/**
	 * A version of a policy as a page: {@code href} is the policy's address (versions add
	 * {@code /n}), {@code networkFallback} says a portal shows the network's for want of its own.
	 */
	record PolicyPage(PolicyKind kind, String path, String href, int version, LocalDate effectiveOn,
			Standing standing, String bodyHtml, List<VersionLine> versions, boolean networkFallback) {
	}

	private final PolicyVersionRepository versions;
	private final CentersApi centers;
	private final Clock clock;

	Policies(PolicyVersionRepository versions, CentersApi centers, Clock clock) {
		this.versions = versions;
		this.centers = centers;
		this.clock = clock;
	}

	/** A new version of the network's policy; system administrators only. */
	PolicyVersion publish(PolicyKind kind, LocalDate effectiveOn, String body) {
		return publish(Board.NETWORK, kind, effectiveOn, body);
	}

	/** A new version of a center's own policy (its staff), or of the network's ({@code 0}, system administrators). */
	PolicyVersion publish(long centerId, PolicyKind kind, LocalDate effectiveOn, String body) {
		if (centerId == Board.NETWORK) {
			Authorities.requireSystemAdmin();
		}
		else {
			Authorities.requireCenterStaff(centerId);
		}
		if (kind == null) {
			throw new Refusal("policies.error.kind");
		}
		if (effectiveOn == null) {
			throw new Refusal("policies.error.effectiveRequired");
		}
		if (effectiveOn.isBefore(Seoul.today(clock))) {
			throw new Refusal("policies.error.effectivePast");
		}
		List<PolicyVersion> all = versions.findByCenterIdAndKindOrderByVersionDesc(centerId, kind);
		if (!all.isEmpty() && !effectiveOn.isAfter(all.get(0).getEffectiveOn())) {
			throw new Refusal("policies.error.effectiveOrder");
		}
		RichText.Body html = RichText.of(body);
		if (html.isEmpty()) {
			throw new Refusal("policies.error.body");
		}
		if (html.html().length() > MAX_BODY) {
			throw new Refusal("policies.error.tooLong");
		}
		int number = all.isEmpty() ? 1 : all.get(0).getVersion() + 1;
		return versions.save(new PolicyVersion(centerId, kind, number, effectiveOn, html.html(), clock.instant()));
	}

	/** The network's version in force today, or the one asked for; empty when there is none. */
	@Transactional(readOnly = true)
	Optional<PolicyPage> page(PolicyKind kind, Integer version) {
		return page(Board.NETWORK, null, kind, version);
	}

	/**
	 * A portal's policy: the center's own version in force today (or the one asked for); without a
	 * version of its own, today's version of the network's. Empty when there is none.
	 */
	@Transactional(readOnly = true)
	Optional<PolicyPage> page(long centerId, String centerSlug, PolicyKind kind, Integer version) {
		List<PolicyVersion> all = versions.findByCenterIdAndKindOrderByVersionDesc(centerId, kind);
		if (all.isEmpty() && centerId != Board.NETWORK) {
			return version == null ? page(Board.NETWORK, null, kind, null).map(p -> new PolicyPage(p.kind(), p.path(),
					p.href(), p.version(), p.effectiveOn(), p.standing(), p.bodyHtml(), p.versions(), true))
					: Optional.empty();
		}
		LocalDate today = Seoul.today(clock);
		Optional<PolicyVersion> inForce = inForce(all, today);
		Optional<PolicyVersion> shown = version == null ? inForce.or(() -> all.stream().reduce((a, b) -> b))
				: all.stream().filter(v -> v.getVersion() == version).findFirst();
		List<VersionLine> lines = all.stream()
			.map(v -> new VersionLine(v.getVersion(), v.getEffectiveOn(), standing(v, inForce, today)))
			.toList();
		String href = (centerId == Board.NETWORK || centerSlug == null ? "" : "/c/" + centerSlug) + "/policies/"
				+ kind.path();
		return shown.map(v -> new PolicyPage(kind, kind.path(), href, v.getVersion(), v.getEffectiveOn(),
				standing(v, inForce, today), v.getBodyHtml(), lines, false));
	}

	/** The policy on a center's portal ({@code /c/{slug}/policies/privacy}); 404 for an unknown center. */
	@Transactional(readOnly = true)
	Optional<PolicyPage> portalPage(String centerSlug, PolicyKind kind, Integer version) {
		CenterSummary center = centers.findBySlug(centerSlug)
			.orElseThrow(() -> Refusal.notFound("policies.error.noCenter"));
		return page(center.id(), center.slug(), kind, version);
	}

	/** The versions a staff page lists for one owner (a center or the network), with no fallback. */
	@Transactional(readOnly = true)
	Optional<PolicyPage> ownPage(long centerId, PolicyKind kind) {
		if (centerId == Board.NETWORK) {
			return page(kind, null);
		}
		if (versions.findByCenterIdAndKindOrderByVersionDesc(centerId, kind).isEmpty()) {
			return Optional.empty();
		}
		return page(centerId, centers.findById(centerId).map(CenterSummary::slug).orElse(null), kind, null);
	}

	/** The version in force on a Korean date: the latest whose effective date has come. */
	static Optional<PolicyVersion> inForce(List<PolicyVersion> newestFirst, LocalDate day) {
		return newestFirst.stream().filter(v -> !v.getEffectiveOn().isAfter(day)).findFirst();
	}

	private static Standing standing(PolicyVersion v, Optional<PolicyVersion> inForce, LocalDate today) {
		if (v.getEffectiveOn().isAfter(today)) {
			return Standing.UPCOMING;
		}
		return inForce.filter(f -> f.getVersion() == v.getVersion()).isPresent() ? Standing.IN_FORCE : Standing.EARLIER;
	}
}
