package org.ieum.enterprises.stages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.ieum.enterprises.DirectoryCounts;
import org.ieum.enterprises.EnterprisesApi;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.OrganizationProfile;
import org.ieum.enterprises.records.OrganizationRepository;
import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** On PostgreSQL, statistics count a founding team only once it has been founded. */
@IeumPostgresTest
class FoundingTeamsPostgresTests {

	/** A center no other test uses, so counts are exact in the shared database. */
	private static final long CENTER = 880_165L;

	@Autowired
	OrganizationRepository organizations;

	@Autowired
	EnterprisesApi enterprises;

	@Autowired
	TransactionTemplate tx;

	private Organization unsaved(String name) {
		return new Organization(null, null, Set.of(CENTER), new OrganizationProfile(name, null, null, "경상남도", "김해시",
				null, null, null, null, null, null, null, null, null, null, null), Instant.now());
	}

	private DirectoryCounts counts() {
		return enterprises.counts(Set.of(CENTER), LocalDate.of(2026, 12, 7));
	}

	@Test
	void statisticsCountAFoundingTeamOnlyOnceItIsFounded() {
		long team = tx.execute(s -> {
			organizations.save(unsaved("이미 있는 협동조합"));
			Organization t = unsaved("최영희 창업팀");
			t.registerAsFoundingTeam();
			return organizations.save(t).getId();
		});
		assertThat(counts().organizations()).isEqualTo(1);
		assertThat(counts().byStatus().stream().mapToLong(k -> k.organizations()).sum()).isEqualTo(1);

		tx.executeWithoutResult(s -> organizations.findById(team).orElseThrow().markFounded(Instant.now()));
		assertThat(counts().organizations()).isEqualTo(2);
		assertThat(counts().byStatus().stream().mapToLong(k -> k.organizations()).sum()).isEqualTo(2);
	}
}
