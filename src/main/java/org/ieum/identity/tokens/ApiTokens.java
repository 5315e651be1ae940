package org.ieum.identity.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ieum.identity.accounts.Account;
import org.ieum.identity.accounts.AccountPrincipal;
import org.ieum.identity.accounts.AccountRepository;
import org.ieum.identity.accounts.Hashing;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Personal API tokens: created and revoked on My page, checked on every API request. */
@Service
public class ApiTokens {

	static final String PREFIX = "ieum_";
	static final Set<Integer> ALLOWED_DAYS = Set.of(7, 30, 90, 365);

	private final ApiTokenRepository tokens;
	private final AccountRepository accounts;
	private final Clock clock;

	private final TransactionTemplate reads;
	private final TransactionTemplate writes;

	ApiTokens(ApiTokenRepository tokens, AccountRepository accounts, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.clock = clock;
		this.reads = new TransactionTemplate(transactionManager);
		this.reads.setReadOnly(true);
		this.writes = new TransactionTemplate(transactionManager);
	}

	/** Returns the secret; it is never shown again. */
	@Transactional
	public String create(long accountId, String name, int days) {
		if (!ALLOWED_DAYS.contains(days)) {
			throw new Refusal("token.days.invalid");
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
			.orElseThrow(() -> new Refusal("token.notFound"));
		token.revoke(clock.instant());
	}

	@Transactional(readOnly = true)
	public List<TokenView> list(long accountId) {
		Instant now = clock.instant();
		return tokens.findByAccountIdOrderByIdDesc(accountId).stream().map(t -> TokenView.of(t, now)).toList();
	}

	/**
	 * The principal a bearer token acts as, or empty for an unknown, expired or revoked token.
	 * A read-only look-up; the use is written (to the minute, {@link ApiToken#used}) in a short
	 * transaction of its own only when the minute has changed, so a kiosk's steady requests do
	 * not each write and lock the token's row.
	 */
	public Optional<AccountPrincipal> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		Checked checked = reads.execute(tx -> tokens.findByTokenHash(Hashing.sha256Hex(secret))
			.filter(t -> t.validAt(now))
			.flatMap(t -> accounts.findById(t.getAccountId()).filter(Account::isActive)
				.map(a -> new Checked(AccountPrincipal.of(a), t.getId(), t.useToNote(now))))
			.orElse(null));
		if (checked == null) {
			return Optional.empty();
		}
		if (checked.noteUse()) {
			writes.executeWithoutResult(tx -> tokens.findById(checked.tokenId()).ifPresent(t -> t.used(now)));
		}
		return Optional.of(checked.principal());
	}

	private record Checked(AccountPrincipal principal, long tokenId, boolean noteUse) {
	}

	@Transactional
	public void revokeAll(long accountId) {
		tokens.findByAccountIdOrderByIdDesc(accountId).forEach(t -> t.revoke(clock.instant()));
	}

	public record TokenView(long id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
			boolean active) {

		static TokenView of(ApiToken t, Instant now) {
			return new TokenView(t.getId(), t.getName(), t.getTokenPrefix(), t.getCreatedAt(), t.getExpiresAt(),
					t.getLastUsedAt(), t.validAt(now));
		}
	}
}
