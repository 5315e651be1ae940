package org.ieum.content.policies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.ieum.content.board.RichText;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 개인정보처리방침 and 이용약관 in versions. System administrators publish a new version with its
 * effective date, today or later and after every earlier version's, so the version in force on any
 * day is one clear answer: the latest whose effective date has come (in Korean time). Earlier
 * versions stay readable; a version not in force yet is shown as upcoming.
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

	record PolicyPage(PolicyKind kind, String path, int version, LocalDate effectiveOn, Standing standing,
			String bodyHtml, List<VersionLine> versions) {
	}

	private final PolicyVersionRepository versions;
	private final Clock clock;

	Policies(PolicyVersionRepository versions, Clock clock) {
		this.versions = versions;
		this.clock = clock;
	}

	PolicyVersion publish(PolicyKind kind, LocalDate effectiveOn, String body) {
		Authorities.requireSystemAdmin();
		if (kind == null) {
			throw new Refusal("policies.error.kind");
		}
		if (effectiveOn == null) {
			throw new Refusal("policies.error.effectiveRequired");
		}
		if (effectiveOn.isBefore(Seoul.today(clock))) {
			throw new Refusal("policies.error.effectivePast");
		}
		List<PolicyVersion> all = versions.findByKindOrderByVersionDesc(kind);
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
		return versions.save(new PolicyVersion(kind, number, effectiveOn, html.html(), clock.instant()));
	}

	/** The version in force today, or the one asked for; empty when there is none. */
	@Transactional(readOnly = true)
	Optional<PolicyPage> page(PolicyKind kind, Integer version) {
		LocalDate today = Seoul.today(clock);
		List<PolicyVersion> all = versions.findByKindOrderByVersionDesc(kind);
		Optional<PolicyVersion> inForce = inForce(all, today);
		Optional<PolicyVersion> shown = version == null ? inForce.or(() -> all.stream().reduce((a, b) -> b))
				: all.stream().filter(v -> v.getVersion() == version).findFirst();
		List<VersionLine> lines = all.stream()
			.map(v -> new VersionLine(v.getVersion(), v.getEffectiveOn(), standing(v, inForce, today)))
			.toList();
		return shown.map(v -> new PolicyPage(kind, kind.path(), v.getVersion(), v.getEffectiveOn(),
				standing(v, inForce, today), v.getBodyHtml(), lines));
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
