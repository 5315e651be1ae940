package org.ieum.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens: created and revoked on My page, checked on every API request. */
@Service
class ApiTokens {

	static final String PREFIX = "ieum_";
	static final Set<Integer> ALLOWED_DAYS = Set.of(7, 30, 90, 365);

	private final ApiTokenRepository tokens;
	private final AccountRepository accounts;
	private final Clock clock;

	ApiTokens(ApiTokenRepository tokens, AccountRepository accounts, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Returns the secret; it is never shown again. */
	@Transactional
	public String create(long accountId, String name, int days) {
		if (!ALLOWED_DAYS.contains(days)) {
			throw new IdentityException("token.days.invalid");
		}
		String secret = PREFIX + Hashing.randomSecret();
		Instant now = clock.instant();
		tokens.save(new ApiToken(accountId, name.trim(), Hashing.sha256Hex(secret), secret.substring(0, 12), now,
				now.plus(Duration.ofDays(days))));
		return secret;
	}

	@Transactional
	public void revoke(long accountId, long tokenId) {
		ApiToken token = tokens.findById(tokenId)
			.filter(t -> t.getAccountId() == accountId)
			.orElseThrow(() -> new IdentityException("token.notFound"));
		token.revoke(clock.instant());
	}

	@Transactional(readOnly = true)
	public List<TokenView> list(long accountId) {
		Instant now = clock.instant();
		return tokens.findByAccountIdOrderByIdDesc(accountId).stream().map(t -> TokenView.of(t, now)).toList();
	}

	/** The principal a bearer token acts as, or empty for an unknown, expired or revoked token. */
	@Transactional
	public Optional<AccountPrincipal> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		return tokens.findByTokenHash(Hashing.sha256Hex(secret)).filter(t -> t.validAt(now)).flatMap(t -> {
			t.used(now);
			return accounts.findById(t.getAccountId()).filter(Account::isActive).map(AccountPrincipal::of);
		});
	}

	@Transactional
	public void revokeAll(long accountId) {
		tokens.findByAccountIdOrderByIdDesc(accountId).forEach(t -> t.revoke(clock.instant()));
	}

	record TokenView(long id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
			boolean active) {

		static TokenView of(ApiToken t, Instant now) {
			return new TokenView(t.getId(), t.getName(), t.getTokenPrefix(), t.getCreatedAt(), t.getExpiresAt(),
					t.getLastUsedAt(), t.validAt(now));
		}
	}
}
