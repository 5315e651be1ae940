package org.ieum.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.ieum.community.groups.GroupQueries;
import org.ieum.community.groups.Groups;
import org.ieum.community.groups.Membership;
import org.ieum.community.groups.MembershipRepository;
import org.ieum.community.groups.SmallGroup;
import org.ieum.community.groups.SmallGroupRepository;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.Role;
import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Small groups on real PostgreSQL: one person asking to join many times at once joins once; the pages' queries run. */
@IeumPostgresTest
class CommunityPostgresTests {

	/** A center id no other test uses. */
	private static final long CENTER = 880_031L;

	@Autowired
	Groups groups;

	@Autowired
	GroupQueries queries;

	@Autowired
	SmallGroupRepository groupRepository;

	@Autowired
	MembershipRepository memberships;

	@Autowired
	JdbcTemplate jdbc;

	private long account(String prefix) {
		String email = "pg-community-" + prefix + "-" + System.nanoTime() + "@example.kr";
		jdbc.update("insert into identity_account (email, password_hash, display_name, status, created_at) "
				+ "values (?, 'x', ?, 'ACTIVE', current_timestamp)", email, "모임 " + prefix);
		return jdbc.queryForObject("select id from identity_account where email = ?", Long.class, email);
	}

	private static CurrentUser user(long accountId) {
		return new CurrentUser(accountId, "pg@example.kr", "모임", Set.of(Role.CITIZEN), Set.of());
	}

	private SmallGroup activeGroup(long leader) {
		SmallGroup group = new SmallGroup(CENTER, "동시 가입 시험 " + System.nanoTime(), "시험", "매주", leader, Instant.now());
		group.approve(Instant.now());
		groupRepository.save(group);
		memberships.save(Membership.leader(group.getId(), leader, Instant.now()));
		return group;
	}

	@Test
	void twentyRequestsToJoinAtOnceByOnePersonMakeOneMembership() throws Exception {
		SmallGroup group = activeGroup(account("leader"));
		long joiner = account("joiner");
		int tries = 20;
		ExecutorService pool = Executors.newFixedThreadPool(tries);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> results = new ArrayList<>();
		for (int i = 0; i < tries; i++) {
			results.add(pool.submit(() -> {
				start.await();
				try {
					groups.join(CENTER, group.getId(), user(joiner));
					return "joined";
				}
				catch (Refusal refused) {
					return refused.messageKey();
				}
			}));
		}
		start.countDown();
		List<String> outcomes = new ArrayList<>();
		for (Future<String> result : results) {
			outcomes.add(result.get(120, TimeUnit.SECONDS));
		}
		pool.shutdown();

		assertThat(outcomes).filteredOn("joined"::equals).hasSize(1);
		assertThat(outcomes).filteredOn("community.error.joinedTwice"::equals).hasSize(tries - 1);
		assertThat(jdbc.queryForObject("select count(*) from community_membership where group_id = ? and account_id = ?",
				Integer.class, group.getId(), joiner)).isEqualTo(1);
	}

	@Test
	void thePagesQueriesRunOnPostgres() {
		long leader = account("q-leader");
		SmallGroup group = activeGroup(leader);
		long member = account("q-member");
		groups.join(CENTER, group.getId(), user(member));
		assertThat(queries.active(CENTER)).extracting(GroupQueries.GroupCard::name).contains(group.getName());
		assertThat(queries.mine(member)).extracting(GroupQueries.MyGroup::standing)
			.containsExactly(GroupQueries.Standing.REQUESTED);
		assertThat(queries.page(CENTER, group.getId(), Optional.of(user(leader))).requests())
			.extracting(GroupQueries.Person::name).containsExactly("모임 q-member");
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("staff", null,
				Authorities.CENTER_STAFF, Authorities.centerScope(CENTER)));
		try {
			assertThat(queries.staff(CENTER).groups()).extracting(GroupQueries.StaffGroup::name).contains(group.getName());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
