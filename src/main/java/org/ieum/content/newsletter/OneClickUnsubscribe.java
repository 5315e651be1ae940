package org.ieum.content.newsletter;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * A mail program unsubscribes with one POST to the address in List-Unsubscribe (RFC 8058): it
 * has no session and no CSRF token. Only that POST is let through without them; the secret in
 * the address decides which single subscription ends, and nothing else is reachable here.
 */
@Configuration(proxyBeanMethods = false)
class OneClickUnsubscribe {

	@Bean
	@Order(50)
	@ConditionalOnWebApplication
	SecurityFilterChain oneClickUnsubscribeChain(HttpSecurity http) throws Exception {
		http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/newsletter/unsubscribe/*"))
			.authorizeHttpRequests(a -> a.anyRequest().permitAll())
			.csrf(c -> c.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(
					org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
						+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'")));
		return http.build();
	}
}
