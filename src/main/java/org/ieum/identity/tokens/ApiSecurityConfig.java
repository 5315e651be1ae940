package org.ieum.identity.tokens;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The JSON API chain: stateless, no cookies, no CSRF (nothing is sent automatically by a
 * browser), and a personal API token as {@code Authorization: Bearer ieum_...} acting
 * with exactly its owner's permissions. Public read-only data needs no token.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfig {

	@Bean
	@Order(1)
	@ConditionalOnWebApplication
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, MessageSource messages) throws Exception {
		ProblemWriter problems = new ProblemWriter(messages);
		http.securityMatcher("/api/**")
			.csrf(c -> c.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(r -> r.disable())
			.addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(a -> a
				.requestMatchers(HttpMethod.GET, "/api/v1/centers/**", "/api/v1/centers", "/api/v1/public/**",
						"/api/v1/stats/**", "/api/v1/spaces/*/availability", "/api/v1/organizations",
						"/api/v1/products", "/api/v1/products/{id:\\d+}")
				.permitAll()
				// a buyer's inquiry about a product needs no account (limited per client and address)
				.requestMatchers(HttpMethod.POST, "/api/v1/products/{id:\\d+}/inquiries")
				.permitAll()
				// the course list and one course are public; /api/v1/courses/enrollments/mine is not
				.requestMatchers(HttpMethod.GET, "/api/v1/courses", "/api/v1/courses/{id:\\d+}")
				.permitAll()
				// a center's calls (no applicant data)
				.requestMatchers(HttpMethod.GET, "/api/v1/programs")
				.permitAll()
				// a center's library catalogue with availability (no borrower data)
				.requestMatchers(HttpMethod.GET, "/api/v1/library/books")
				.permitAll()
				.anyRequest().authenticated())
			.exceptionHandling(e -> e
				.authenticationEntryPoint((request, response, ex) -> problems.write(request, response, 401, "api.unauthorized"))
				.accessDeniedHandler((request, response, ex) -> problems.write(request, response, 403, "api.forbidden")));
		return http.build();
	}

	@Bean
	OpenAPI ieumOpenApi() {
		return new OpenAPI()
			.info(new Info().title("이음 API").version("v1")
				.description("사회적경제지원센터 플랫폼 이음의 JSON API. 개인 API 토큰은 마이페이지 > API 토큰에서 발급합니다."))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description("개인 API 토큰")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

	/** RFC 9457 problem details with the title and detail in the request's language. */
	static final class ProblemWriter {

		private final MessageSource messages;

		ProblemWriter(MessageSource messages) {
			this.messages = messages;
		}

		void write(HttpServletRequest request, HttpServletResponse response, int status, String key)
				throws IOException {
			// Korean unless the client asks for English first; a missing header must not fall back to the server's locale
			String accept = request.getHeader("Accept-Language");
			Locale locale = accept != null && accept.trim().toLowerCase(Locale.ROOT).startsWith("en")
					? Locale.ENGLISH : Locale.KOREAN;
			String title = messages.getMessage(key + ".title", null, locale);
			String detail = messages.getMessage(key + ".detail", null, locale);
			response.setStatus(status);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			if (status == 401) {
				response.setHeader("WWW-Authenticate", "Bearer");
			}
			response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status
					+ ",\"detail\":\"" + json(detail) + "\"}");
		}

		private static String json(String text) {
			return text.replace("\\", "\\\\").replace("\"", "\\\"");
		}
	}

	/** Not a bean, so the servlet container does not also register it for every request. */
	static final class BearerTokenFilter extends OncePerRequestFilter {

		private final ApiTokens tokens;
		private final ProblemWriter problems;

		BearerTokenFilter(ApiTokens tokens, ProblemWriter problems) {
			this.tokens = tokens;
			this.problems = problems;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader("Authorization");
			if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
				chain.doFilter(request, response);
				return;
			}
			var principal = tokens.authenticate(header.substring(7).trim());
			if (principal.isEmpty()) {
				problems.write(request, response, 401, "api.invalidToken");
				return;
			}
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
					principal.get().getAuthorities()));
			SecurityContextHolder.setContext(context);
			try {
				chain.doFilter(request, response);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}
	}
}
