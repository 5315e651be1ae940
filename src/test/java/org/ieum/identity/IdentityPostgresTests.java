package org.ieum.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ieum.identity.access.PersonalDataAccessLog;
import org.ieum.identity.accounts.AccountPrincipal;
import org.ieum.identity.accounts.AccountRepository;
import org.ieum.identity.accounts.RoleAssignments;
import org.ieum.identity.accounts.RoleGrant;
import org.ieum.identity.login.LoginAuthenticationProvider;
import org.ieum.identity.members.MemberDirectory;
import org.ieum.identity.tokens.ApiTokens;
import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The identity queries and the access-log chain on a real PostgreSQL 15. */
@IeumPostgresTest
class IdentityPostgresTests {

	@Autowired
	AccountRepository accounts;

	@Autowired
	MemberDirectory directory;

	@Autowired
	PersonalDataAccessLog accessLog;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private void signIn(String email) {
		AccountPrincipal principal = AccountPrincipal.of(accounts.findByEmail(email).orElseThrow());
		SecurityContextHolder.getContext().setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
	}

	@Test
	void demoAccountsLoadOnPostgresql() {
		assertThat(accounts.findByEmail("admin@ieum.example")).isPresent();
		assertThat(accounts.findByEmail("staff.gimhae@ieum.example").orElseThrow().getRoles())
			.extracting(RoleGrant::getRole).contains(Role.CENTER_STAFF);
	}

	@Test
	void staffSearchIsScopedToTheirCenters() {
		signIn("staff.gimhae@ieum.example");
		List<String> gimhae = directory.search("", PageRequest.of(0, 100)).map(MemberDirectory.MemberRow::email).getContent();
		assertThat(gimhae).contains("citizen@ieum.example").doesNotContain("member@ieum.example");
		assertThat(directory.search("CITIZEN@", PageRequest.of(0, 10)).getContent()).hasSize(1);

		signIn("admin@ieum.example");
		assertThat(directory.search("", PageRequest.of(0, 100)).map(MemberDirectory.MemberRow::email).getContent())
			.contains("citizen@ieum.example", "member@ieum.example");

		signIn("staff.busan@ieum.example");
		long citizen = accounts.findByEmail("citizen@ieum.example").orElseThrow().getId();
		assertThatThrownBy(() -> directory.view(citizen)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void accessLogFiltersWithEmptyParametersAndKeepsItsChain() {
		signIn("staff.gimhae@ieum.example");
		long citizen = accounts.findByEmail("citizen@ieum.example").orElseThrow().getId();
		directory.view(citizen);
		Instant from = Instant.now().minus(1, ChronoUnit.DAYS);
		Instant to = Instant.now().plus(1, ChronoUnit.DAYS);

		assertThat(accessLog.search("", null, null, from, to, PageRequest.of(0, 10)).getTotalElements()).isPositive();
		assertThat(accessLog.search("staff.gimhae", citizen, PersonalDataAction.VIEW, from, to, PageRequest.of(0, 10))
			.getContent()).isNotEmpty();
		assertThat(accessLog.verify()).isNull();

		long last = jdbc.queryForObject("select max(id) from identity_personal_data_access", Long.class);
		String original = jdbc.queryForObject("select detail from identity_personal_data_access where id = ?", String.class, last);
		jdbc.update("update identity_personal_data_access set detail = 'edited outside the application' where id = ?", last);
		assertThat(accessLog.verify()).isEqualTo(last);
		jdbc.update("update identity_personal_data_access set detail = ? where id = ?", original, last);
		assertThat(accessLog.verify()).isNull();
	}

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactionManager;

	/**
	 * A page that names a person must not read them in a read-only transaction: PostgreSQL would refuse its
	 * access-log entry and the page would fail. The log refuses it on every database, so H2's tests find such a page.
	 */
	@Test
	void anAccessLogEntryInAReadOnlyTransactionIsRefusedOnEveryDatabase() {
		signIn("staff.busan@ieum.example");
		long before = jdbc.queryForObject("select count(*) from identity_personal_data_access", Long.class);
		org.springframework.transaction.support.TransactionTemplate readOnly =
				new org.springframework.transaction.support.TransactionTemplate(transactionManager);
		readOnly.setReadOnly(true);
		assertThatThrownBy(() -> readOnly.executeWithoutResult(
				status -> accessLog.record(null, org.ieum.identity.PersonalDataAction.LIST, "read-only page", null)))
			.isInstanceOf(IllegalStateException.class);
		org.springframework.transaction.support.TransactionTemplate readWrite =
				new org.springframework.transaction.support.TransactionTemplate(transactionManager);
		readWrite.executeWithoutResult(
				status -> accessLog.record(null, org.ieum.identity.PersonalDataAction.LIST, "read-write page", null));
		assertThat(jdbc.queryForObject("select count(*) from identity_personal_data_access", Long.class))
			.isEqualTo(before + 1);
	}

	@Test
	void concurrentWritersKeepTheChainUnbroken() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> writes = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				int n = i;
				writes.add(pool.submit(() -> accessLog.record(null, PersonalDataAction.LIST, "concurrent " + n, null)));
			}
			for (Future<?> write : writes) {
				write.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(accessLog.verify()).isNull();
	}

	@Autowired
	RoleAssignments roleAssignments;

	@Test
	void roleAuditFiltersWithEmptyParameters() {
		signIn("admin@ieum.example");
		long staff = accounts.findByEmail("staff.gimhae@ieum.example").orElseThrow().getId();
		assertThat(roleAssignments.history("", null, null, PageRequest.of(0, 100)).getContent()).isNotEmpty();
		assertThat(roleAssignments.history("", staff, Role.CENTER_STAFF, PageRequest.of(0, 100)).getContent())
			.allSatisfy(e -> assertThat(e.subjectAccountId()).isEqualTo(staff)).isNotEmpty();
		assertThat(roleAssignments.history("nobody-acted", null, null, PageRequest.of(0, 100)).getContent()).isEmpty();
	}

	@Test
	void apiTokensRoundTrip() {
		long id = accounts.findByEmail("member@ieum.example").orElseThrow().getId();
		String secret = tokens.create(id, "통합 테스트", 30);
		assertThat(tokens.list(id).get(0).lastUsedAt()).isNull();
		assertThat(tokens.authenticate(secret)).map(p -> p.currentUser().email()).contains("member@ieum.example");
		// the check itself reads only; the first use of a minute is written in a transaction of its own
		assertThat(tokens.list(id).get(0).lastUsedAt()).isNotNull();
		long tokenId = tokens.list(id).get(0).id();
		tokens.revoke(id, tokenId);
		assertThat(tokens.authenticate(secret)).isEmpty();
	}

	@Autowired
	LoginAuthenticationProvider login;

	@Test
	void parallelGuessesCannotGetPastFiveAttempts() throws Exception {
		String email = "parallel-guess@example.kr";
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<String>> attempts = new ArrayList<>();
		try {
			for (int i = 0; i < 16; i++) {
				int n = i;
				attempts.add(pool.submit(() -> {
					try {
						login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, "Wrong-" + n));
						return "ok";
					}
					catch (AuthenticationException ex) {
						return ex.getClass().getSimpleName();
					}
				}));
			}
			List<String> outcomes = new ArrayList<>();
			for (Future<String> attempt : attempts) {
				outcomes.add(attempt.get());
			}
			assertThat(outcomes).filteredOn("BadCredentialsException"::equals).hasSize(5);
			assertThat(outcomes).filteredOn("LockedException"::equals).hasSize(11);
		}
		finally {
			pool.shutdown();
		}
	}
}
