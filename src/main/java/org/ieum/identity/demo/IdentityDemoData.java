package org.ieum.identity.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.identity.accounts.Account;
import org.ieum.identity.accounts.AccountRepository;
import org.ieum.identity.accounts.ConsentPurpose;
import org.ieum.identity.Role;
import org.ieum.identity.accounts.RoleAssignments;
import org.ieum.shared.Seoul;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo accounts for every role (listed in the README), created on the first start only:
 * each is looked up by e-mail first, so a second start adds nothing.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "ieum.demo.enabled", havingValue = "true")
public class IdentityDemoData implements ApplicationRunner {

	public static final String PASSWORD = "ieum2026!";
	private static final Logger log = LoggerFactory.getLogger(IdentityDemoData.class);

	private final AccountRepository accounts;
	private final RoleAssignments roles;
	private final CentersApi centers;
	private final PasswordEncoder encoder;
	private final Clock clock;

	IdentityDemoData(AccountRepository accounts, RoleAssignments roles, CentersApi centers, PasswordEncoder encoder,
			Clock clock) {
		this.accounts = accounts;
		this.roles = roles;
		this.centers = centers;
		this.encoder = encoder;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		// first start only: once any account exists (even a deleted demo account, whose
		// address is anonymized) the demo accounts are never created again
		if (accounts.count() > 0) {
			return;
		}
		int created = 0;
		String hash = encoder.encode(PASSWORD);
		created += create("admin@ieum.example", "시스템관리자", null, hash, Role.SYSTEM_ADMIN, null);
		created += create("staff.busan@ieum.example", "부산센터 직원", "busan", hash, Role.CENTER_STAFF, "busan");
		created += create("staff.gimhae@ieum.example", "김해센터 직원", "gimhae", hash, Role.CENTER_STAFF, "gimhae");
		created += create("staff.gunsan@ieum.example", "군산센터 직원", "gunsan", hash, Role.CENTER_STAFF, "gunsan");
		created += create("member@ieum.example", "행복베이커리 대표", "busan", hash, Role.ENTERPRISE_MEMBER, null);
		created += create("expert@ieum.example", "김멘토 전문가", "gwangju-donggu", hash, Role.EXPERT, null);
		created += create("citizen@ieum.example", "김해 시민", "gimhae", hash, null, null);
		created += createMinor(hash);
		if (created > 0) {
			log.info("Demo accounts created: {} (password {})", created, PASSWORD);
		}
	}

	private int create(String email, String name, String homeSlug, String hash, Role role, String staffSlug) {
		if (accounts.existsByEmail(email)) {
			return 0;
		}
		Account account = new Account(email, hash, name, null, centerId(homeSlug).orElse(null), clock.instant());
		account.verifyEmail(clock.instant());
		agreeRequired(account);
		account = accounts.save(account);
		roles.grantBySystem(account, Role.CITIZEN, null, "demo data");
		if (role != null) {
			roles.grantBySystem(account, role, centerId(staffSlug).orElse(null), "demo data");
		}
		return 1;
	}

	/** A 12-year-old whose guardian consent staff have not confirmed yet. */
	private int createMinor(String hash) {
		String email = "youth@ieum.example";
		if (accounts.existsByEmail(email)) {
			return 0;
		}
		LocalDate birth = Seoul.today(clock).minusYears(12);
		Account account = new Account(email, hash, "청소년 참가자", birth, centerId("gimhae").orElse(null), clock.instant());
		account.awaitGuardianConsent("보호자 예시", "010-0000-0000");
		agreeRequired(account);
		account = accounts.save(account);
		roles.grantBySystem(account, Role.CITIZEN, null, "demo data");
		return 1;
	}

	private void agreeRequired(Account account) {
		account.agree(ConsentPurpose.TERMS, clock.instant());
		account.agree(ConsentPurpose.PRIVACY, clock.instant());
	}

	private Optional<Long> centerId(String slug) {
		return slug == null ? Optional.empty() : centers.findBySlug(slug).map(CenterSummary::id);
	}
}
