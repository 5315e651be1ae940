package org.ieum.identity.accounts;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ieum.identity.CurrentUser;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Finds the {@link CurrentUser} of a request (controllers simply declare a parameter of
 * that type) and ends the sessions of an account whose rights changed.
 */
@Component
public class AccountPrincipals implements HandlerMethodArgumentResolver {

	private final SessionRegistry sessions;
	private final AccountRepository accounts;

	AccountPrincipals(SessionRegistry sessions, AccountRepository accounts) {
		this.sessions = sessions;
		this.accounts = accounts;
	}

	public Optional<CurrentUser> current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
			return Optional.of(principal.currentUser());
		}
		return Optional.empty();
	}

	/**
	 * Signs the account out everywhere, so removed rights stop working at once. Inside a
	 * transaction it waits for the commit, so a quick re-login cannot pick up the old rights.
	 */
	public void endSessionsOf(long accountId) {
		endSessionsOf(accountId, null);
	}

	/** The same, but keeps one session (the person who just changed their own password stays signed in). */
	public void endSessionsOf(long accountId, String keepSessionId) {
		Runnable end = () -> sessionsOf(accountId).stream()
			.filter(s -> !s.getSessionId().equals(keepSessionId))
			.forEach(SessionInformation::expireNow);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					end.run();
				}
			});
		}
		else {
			end.run();
		}
	}

	private List<SessionInformation> sessionsOf(long accountId) {
		if (sessions instanceof SpringSessionBackedSessionRegistry<?> shared) {
			// sessions in PostgreSQL (profile cluster), on every node: found by the name they were
			// saved under, the account's e-mail address; the registry cannot list principals
			return accounts.findById(accountId)
				.map(account -> shared.getAllSessions((Principal) account::getEmail, false))
				.orElse(List.of());
		}
		List<SessionInformation> found = new ArrayList<>();
		for (Object principal : sessions.getAllPrincipals()) {
			if (principal instanceof AccountPrincipal p && p.currentUser().accountId() == accountId) {
				found.addAll(sessions.getAllSessions(p, false));
			}
		}
		return found;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == CurrentUser.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
			WebDataBinderFactory binderFactory) {
		Optional<CurrentUser> user = current();
		if (user.isEmpty() && !parameter.isOptional()) {
			throw new AuthenticationCredentialsNotFoundException(
					"sign in required");
		}
		return user.orElse(null);
	}
}
