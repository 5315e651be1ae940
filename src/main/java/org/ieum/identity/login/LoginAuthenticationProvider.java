package org.ieum.identity.login;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.ieum.identity.accounts.Account;
import org.ieum.identity.accounts.AccountPrincipal;
import org.ieum.identity.accounts.AccountRepository;
import org.ieum.identity.accounts.AccountStatus;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Form login. An unknown e-mail and a wrong password fail the same way, take about the
 * same time, and both count towards the lock of that address: five failures within ten
 * minutes lock it for ten minutes, so the lock reveals nothing about which addresses have
 * accounts. Each attempt is counted under a row lock before the password is checked, so
 * parallel guesses cannot slip past the limit.
 */
@Component
public class LoginAuthenticationProvider implements AuthenticationProvider {

	private final AccountRepository accounts;
	private final LoginThrottleRepository throttles;
	private final PasswordEncoder encoder;
	private final TransactionTemplate tx;
	private final Clock clock;
	private final String dummyHash;

	LoginAuthenticationProvider(AccountRepository accounts, LoginThrottleRepository throttles, PasswordEncoder encoder,
			TransactionTemplate tx, Clock clock) {
		this.accounts = accounts;
		this.throttles = throttles;
		this.encoder = encoder;
		this.tx = tx;
		this.clock = clock;
		this.dummyHash = encoder.encode("timing-equalizer-not-a-password");
	}

	public static String emailKey(String email) {
		return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String email = emailKey(authentication.getName());
		String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
		if (!countAttempt(email)) {
			throw new LockedException("locked");
		}
		Optional<Account> found = accounts.findByEmail(email);
		String hash = found.filter(a -> a.getStatus() != AccountStatus.DELETED).map(Account::getPasswordHash).orElse(null);
		boolean matches = encoder.matches(password, hash != null ? hash : dummyHash) && hash != null;
		if (!matches) {
			throw new BadCredentialsException("bad credentials");
		}
		clearFailures(email);
		Account account = found.get();
		if (account.getStatus() == AccountStatus.PENDING_GUARDIAN) {
			throw new DisabledException("waiting for guardian consent");
		}
		if (encoder.upgradeEncoding(hash)) {
			tx.executeWithoutResult(s -> accounts.findById(account.getId())
				.ifPresent(a -> a.changePassword(encoder.encode(password))));
		}
		AccountPrincipal principal = AccountPrincipal.of(account);
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
	}

	/** Counts this attempt; false when the address is locked (the attempt is then not counted). */
	private boolean countAttempt(String email) {
		try {
			return Boolean.TRUE.equals(tx.execute(s -> count(email)));
		}
		catch (DataIntegrityViolationException concurrentFirstAttempt) {
			return Boolean.TRUE.equals(tx.execute(s -> count(email)));
		}
	}

	private boolean count(String email) {
		LoginThrottle throttle = throttles.lockByEmailKey(email)
			.orElseGet(() -> throttles.saveAndFlush(new LoginThrottle(email, clock.instant())));
		if (throttle.isLocked(clock.instant())) {
			return false;
		}
		throttle.fail(clock.instant());
		return true;
	}

	void clearFailures(String email) {
		tx.executeWithoutResult(s -> throttles.lockByEmailKey(email).ifPresent(LoginThrottle::succeed));
	}

	public void forget(String email) {
		tx.executeWithoutResult(s -> throttles.deleteById(email));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
