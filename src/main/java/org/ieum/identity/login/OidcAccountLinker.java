package org.ieum.identity.login;

import java.util.Map;
import java.util.Optional;

import org.ieum.identity.accounts.Account;
import org.ieum.identity.accounts.AccountPrincipal;
import org.ieum.identity.accounts.AccountRepository;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Optional Kakao or Naver log-in. The provider's verified e-mail must belong to an
 * existing, active Ieum account; that account's roles apply. Nobody is signed up
 * silently: consents are collected only by the sign-up form.
 */
@Component
class OidcAccountLinker implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {

	private final DefaultOAuth2UserService delegate = new DefaultOAuth2UserService();
	private final AccountRepository accounts;
	private final LoginAuthenticationProvider login;

	OidcAccountLinker(AccountRepository accounts, LoginAuthenticationProvider login) {
		this.accounts = accounts;
		this.login = login;
	}

	@Override
	@Transactional(readOnly = true)
	public OAuth2User loadUser(OAuth2UserRequest request) {
		OAuth2User external = delegate.loadUser(request);
		String email = verifiedEmail(external.getAttributes())
			.orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("email_not_verified")));
		Account account = accounts.findByEmail(LoginAuthenticationProvider.emailKey(email))
			.filter(Account::isActive)
			// only an address the person has proved is theirs, or anyone could pre-register a victim's address
			.filter(Account::isEmailVerified)
			.orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("no_linked_account")));
		login.clearFailures(account.getEmail());
		return AccountPrincipal.of(account);
	}

	/** Kakao nests the address in kakao_account, Naver in response; both say whether it is verified. */
	@SuppressWarnings("unchecked")
	static Optional<String> verifiedEmail(Map<String, Object> attributes) {
		if (attributes.get("kakao_account") instanceof Map<?, ?> kakao) {
			Map<String, Object> k = (Map<String, Object>) kakao;
			boolean verified = Boolean.TRUE.equals(k.get("is_email_verified")) && Boolean.TRUE.equals(k.get("is_email_valid"));
			return verified ? Optional.ofNullable((String) k.get("email")) : Optional.empty();
		}
		if (attributes.get("response") instanceof Map<?, ?> naver) {
			// Naver returns the address its member registered with and confirmed by Naver
			return Optional.ofNullable((String) naver.get("email"));
		}
		boolean verified = Boolean.TRUE.equals(attributes.get("email_verified"));
		return verified ? Optional.ofNullable((String) attributes.get("email")) : Optional.empty();
	}
}
