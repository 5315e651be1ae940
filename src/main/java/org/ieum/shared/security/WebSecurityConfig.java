package org.ieum.shared.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * The browser-facing security chain: form login with CSRF, session timeout from
 * {@code server.servlet.session.timeout}, actuator for system administrators only. The
 * API chain for {@code /api/v1/**} lives with the accounts in the identity module.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfig {

	/**
	 * No observation wrapped around each security filter, authentication and authorization: the
	 * request's own observation (the http.server.requests metric) stays, and an API call no longer
	 * spends a tenth of its CPU on observations nobody reads.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@Order(10)
	@ConditionalOnWebApplication
	SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests(a -> a
				.requestMatchers(EndpointRequest.to("health")).permitAll()
				.anyRequest().hasRole("SYSTEM_ADMIN"))
			.httpBasic(b -> {})
			.formLogin(f -> f.loginPage("/login"));
		return http.build();
	}

	@Bean
	@Order(100)
	@ConditionalOnWebApplication
	SecurityFilterChain webChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidcClients,
			SessionRegistry sessionRegistry)
			throws Exception {
		ReturnAfterLogin returnAfterLogin = new ReturnAfterLogin();
		http.authorizeHttpRequests(a -> a
				.requestMatchers("/admin/**").hasAnyRole("SYSTEM_ADMIN", "CENTER_STAFF")
				.requestMatchers("/my/**", "/c/*/my", "/c/*/my/**").authenticated()
				.anyRequest().permitAll())
			.exceptionHandling(e -> e.authenticationEntryPoint(loginPage()))
			.formLogin(f -> f.loginPage("/login")
				.usernameParameter("email")
				.successHandler(returnAfterLogin)
				.failureHandler(returnAfterLogin)
				.permitAll())
			.logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut"))
			.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId())
				.maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login?expired"))
			.headers(h -> h
				.referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.contentSecurityPolicy(c -> c.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
						+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'")));
		if (oidcClients.getIfAvailable() != null) {
			http.oauth2Login(o -> o.loginPage("/login").failureUrl("/login?oidcError"));
		}
		return http.build();
	}

	/**
	 * Lets the identity module end an account's sessions when its rights change: the sessions
	 * in this node's memory, or (profile cluster) the sessions every node keeps in PostgreSQL.
	 */
	@Bean
	SessionRegistry sessionRegistry(ObjectProvider<FindByIndexNameSessionRepository<?>> sharedSessions) {
		FindByIndexNameSessionRepository<?> shared = sharedSessions.getIfAvailable();
		return shared == null ? new SessionRegistryImpl() : new SpringSessionBackedSessionRegistry<>(shared);
	}

	@Bean
	static HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	/** The login page, named by a path only so the address never carries the request's host. */
	private static LoginUrlAuthenticationEntryPoint loginPage() {
		LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
		entryPoint.setFavorRelativeUris(true);
		return entryPoint;
	}
}
