package org.ieum.spaces;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secret addresses for calendar apps, which can send neither a session cookie nor an API
 * token. The address reads one person's reservations and nothing else; only its hash is
 * stored, and making a new one revokes the old.
 */
@Component
class FeedTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;
	private final Clock clock;

	FeedTokens(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A new token for the account (the old one stops working); shown once. */
	@Transactional
	String renew(long accountId) {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.update("delete from spaces_feed_token where account_id = ?", accountId);
		jdbc.update("insert into spaces_feed_token (account_id, token_hash, created_at) values (?, ?, ?)", accountId,
				hash(token), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
		return token;
	}

	@Transactional(readOnly = true)
	Optional<Long> accountOf(String token) {
		List<Long> ids = jdbc.queryForList("select account_id from spaces_feed_token where token_hash = ?", Long.class,
				hash(token));
		return ids.stream().findFirst();
	}

	@Transactional(readOnly = true)
	boolean exists(long accountId) {
		return !jdbc.queryForList("select account_id from spaces_feed_token where account_id = ?", Long.class, accountId)
			.isEmpty();
	}

	@Transactional
	void forget(long accountId) {
		jdbc.update("delete from spaces_feed_token where account_id = ?", accountId);
	}

	private static String hash(String token) {
		try {
			return HexFormat.of().formatHex(
					MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
