package org.ieum.identity.registration;

import java.time.Clock;
import java.util.Optional;

import org.ieum.identity.accounts.Hashing;
import org.springframework.stereotype.Component;

/** Issues and redeems {@link SingleUseLink}s for password resets and address confirmations. */
@Component
class SingleUseLinks {

	private final SingleUseLinkRepository links;
	private final Clock clock;

	SingleUseLinks(SingleUseLinkRepository links, Clock clock) {
		this.links = links;
		this.clock = clock;
	}

	/** Returns the secret to put in the mailed link. */
	String issue(long accountId, SingleUseLink.Purpose purpose) {
		String secret = Hashing.randomSecret();
		links.save(new SingleUseLink(accountId, purpose, Hashing.sha256Hex(secret), clock.instant()));
		return secret;
	}

	/** The link behind a secret, when it has this purpose and can still be used. */
	Optional<SingleUseLink> usable(String secret, SingleUseLink.Purpose purpose) {
		return links.findByTokenHashAndPurpose(Hashing.sha256Hex(secret), purpose)
			.filter(l -> l.usableAt(clock.instant()));
	}

	/** Uses up every open link of this purpose for the account (one redeemed reset closes the others). */
	void useAll(long accountId, SingleUseLink.Purpose purpose) {
		links.findByAccountIdAndPurposeAndUsedAtIsNull(accountId, purpose).forEach(l -> l.use(clock.instant()));
	}
}
