package org.ieum.identity;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

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
 * same time, and both count towards the lock of that address: five failures lock it for
 * ten minutes, so the lock reveals nothing about which addresses have accounts.
 */
@Component
class LoginAuthenticationProvider implements AuthenticationProvider {

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

	static String emailKey(String email) {
		return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String email = emailKey(authentication.getName());
		String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
		if (isLocked(email)) {
			throw new LockedException("locked");
		}
		Optional<Account> found = accounts.findByEmail(email);
		String hash = found.map(Account::getPasswordHash).orElse(null);
		boolean matches = encoder.matches(password, hash != null ? hash : dummyHash) && hash != null;
		if (!matches || found.get().getStatus() == AccountStatus.DELETED) {
			recordFailure(email);
			throw new BadCredentialsException("bad credentials");
		}
		Account account = found.get();
		if (account.getStatus() == AccountStatus.PENDING_GUARDIAN) {
			throw new DisabledException("waiting for guardian consent");
		}
		clearFailures(email);
		AccountPrincipal principal = AccountPrincipal.of(account);
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
	}

	private boolean isLocked(String email) {
		return throttles.findById(email).map(t -> t.isLocked(clock.instant())).orElse(false);
	}

	private void recordFailure(String email) {
		try {
			tx.executeWithoutResult(s -> throttles.findById(email)
				.orElseGet(() -> throttles.save(new LoginThrottle(email, clock.instant())))
				.fail(clock.instant()));
		}
		catch (DataIntegrityViolationException concurrentFirstFailure) {
			tx.executeWithoutResult(s -> throttles.findById(email).ifPresent(t -> t.fail(clock.instant())));
		}
	}

	void clearFailures(String email) {
		tx.executeWithoutResult(s -> throttles.deleteById(email));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
