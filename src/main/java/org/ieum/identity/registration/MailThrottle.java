package org.ieum.identity.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.locks.ReentrantLock;

import org.ieum.identity.accounts.Hashing;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Limits the mails anyone can make Ieum send to an address: at most {@code per-address} in
 * {@code address-window} to one address and {@code per-client} in {@code client-window} from one
 * client address (settings {@code ieum.mail-limits.*}). The caller answers the same whether or
 * not the mail goes out, so the limit tells nobody whether an address is registered.
 * Each allowed mail is recorded in its own transaction, one decision at a time on this node.
 */
@Service
public class MailThrottle {

	public enum Kind {
		PASSWORD_RESET, SIGNUP, ALREADY_REGISTERED, VERIFICATION_RESEND, VISITOR_MESSAGE
	}

	private static final Duration KEEP = Duration.ofDays(1);

	private final JdbcTemplate jdbc;
	private final TransactionTemplate ownTransaction;
	private final Clock clock;
	private final int perAddress;
	private final Duration addressWindow;
	private final int perClient;
	private final Duration clientWindow;
	private final ReentrantLock lock = new ReentrantLock();

	public MailThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
			@Value("${ieum.mail-limits.per-address:3}") int perAddress,
			@Value("${ieum.mail-limits.address-window:15m}") Duration addressWindow,
			@Value("${ieum.mail-limits.per-client:20}") int perClient,
			@Value("${ieum.mail-limits.client-window:1h}") Duration clientWindow) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.perAddress = perAddress;
		this.addressWindow = addressWindow;
		this.perClient = perClient;
		this.clientWindow = clientWindow;
	}

	/** Whether a mail of this kind may go to this address now, for the current request's client; counts it if so. */
	public boolean allow(Kind kind, String emailKey) {
		return allow(kind, emailKey, currentClient());
	}

	public boolean allow(Kind kind, String emailKey, String client) {
		String address = Hashing.sha256Hex(emailKey);
		String from = client == null || client.isBlank() ? "unknown" : client.length() > 64 ? client.substring(0, 64) : client;
		lock.lock();
		try {
			Boolean allowed = ownTransaction.execute(status -> {
				Instant now = clock.instant();
				jdbc.update("delete from identity_mail_request where requested_at < ?", utc(now.minus(KEEP)));
				Integer toAddress = jdbc.queryForObject(
						"select count(*) from identity_mail_request where address_hash = ? and requested_at > ?",
						Integer.class, address, utc(now.minus(addressWindow)));
				Integer fromClient = jdbc.queryForObject(
						"select count(*) from identity_mail_request where client = ? and requested_at > ?", Integer.class,
						from, utc(now.minus(clientWindow)));
				if (toAddress >= perAddress || fromClient >= perClient) {
					return false;
				}
				jdbc.update("insert into identity_mail_request (kind, address_hash, client, requested_at) values (?, ?, ?, ?)",
						kind.name(), address, from, utc(now));
				return true;
			});
			return Boolean.TRUE.equals(allowed);
		}
		finally {
			lock.unlock();
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static String currentClient() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			// Tomcat's RemoteIpValve has already put the client behind a trusted proxy here
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}
}
