package org.ieum.enterprises;

import org.assertj.core.api.Assertions;
import org.ieum.enterprises.records.ManagementClaim;
import org.ieum.enterprises.records.ManagementClaimRepository;
import org.ieum.enterprises.records.Designation;
import org.ieum.enterprises.records.DesignationRepository;
import org.ieum.enterprises.records.DesignationTerms;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.OrganizationProfile;
import org.ieum.enterprises.records.OrganizationRepository;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.transaction.support.TransactionTemplate;

/** The criteria and JPQL queries on real PostgreSQL: subqueries over the center table, enum and date comparisons. */
@IeumPostgresTest
class EnterprisesPostgresTests {

	/** Centers no other test uses, so counts are exact in the shared database. */
	private static final long CENTER = 880_001L;
	private static final long OTHER_CENTER = 880_002L;

	@Autowired
	OrganizationRepository organizations;

	@Autowired
	DesignationRepository designations;

	@Autowired
	ManagementClaimRepository claims;

	@Autowired
	TransactionTemplate tx;

	private Organization save(String name, int index, long center) {
		String nine = String.format("2%02d6%05d", index % 100, index);
		BusinessNumber number = new BusinessNumber(nine + BusinessNumber.checkDigitOf(nine));
		return organizations.save(new Organization(number.formatted(), number, Set.of(center),
				new OrganizationProfile(name, null, null, "부산광역시", "사상구", null, null, null, null, null, null, null, null,
						null, null, null),
				Instant.now()));
	}

	@Test
	void searchFiltersByCenterNameStatusAndHeldDesignation() {
		tx.executeWithoutResult(s -> {
			Organization bakery = save("포스트그레스 빵집", 1, CENTER);
			save("포스트그레스 책방", 2, CENTER);
			save("다른센터 빵집", 3, OTHER_CENTER);
			designations.save(new Designation(bakery.getId(), new DesignationTerms(DesignationType.SOCIAL_ENTERPRISE, null,
					null, null, null, null, null, null, DesignationStatus.ACTIVE), Designation.MANUAL, Instant.now()));
			bakery.changeStatus(OrganizationStatus.SUSPENDED, Instant.now());
		});
		var page = PageRequest.of(0, 10, Sort.by("name"));
		assertThat(organizations.findAll(OrganizationRepository.ownedByAnyOf(Set.of(CENTER)), page).map(Organization::getName))
			.containsExactly("포스트그레스 빵집", "포스트그레스 책방");
		assertThat(organizations.findAll(Specification.allOf(OrganizationRepository.ownedByAnyOf(Set.of(CENTER, OTHER_CENTER)),
				OrganizationRepository.nameContains("빵집")), page).map(Organization::getName))
			.containsExactly("다른센터 빵집", "포스트그레스 빵집");
		assertThat(organizations.findAll(Specification.allOf(OrganizationRepository.ownedByAnyOf(Set.of(CENTER)),
				OrganizationRepository.holding(DesignationType.SOCIAL_ENTERPRISE),
				OrganizationRepository.inStatus(OrganizationStatus.SUSPENDED)), page).map(Organization::getName))
			.containsExactly("포스트그레스 빵집");
		assertThat(organizations.findAll(Specification.allOf(OrganizationRepository.ownedByAnyOf(Set.of(CENTER)),
				OrganizationRepository.nameContains("100%_")), page)).isEmpty();
	}

	@Test
	void expiringAndPendingClaimsQueriesRunOnPostgres() {
		long id = tx.execute(s -> {
			Organization o = save("포스트그레스 만료", 4, CENTER);
			for (LocalDate until : List.of(LocalDate.of(2032, 1, 1), LocalDate.of(2032, 4, 1), LocalDate.of(2032, 6, 1))) {
				designations.save(new Designation(o.getId(), new DesignationTerms(DesignationType.PRE_SOCIAL_REGIONAL, null, null,
						null, null, null, null, until, DesignationStatus.ACTIVE), Designation.MANUAL, Instant.now()));
			}
			claims.save(new ManagementClaim(o.getId(), 77L, "신청자", "claim@example.kr", o.number(), "대표", Instant.now()));
			return o.getId();
		});
		assertThat(designations.expiring(LocalDate.of(2032, 1, 1), LocalDate.of(2032, 3, 31), Set.of(CENTER)))
			.extracting(Designation::getValidUntil).containsExactly(LocalDate.of(2032, 1, 1));
		assertThat(designations.expiring(LocalDate.of(2032, 1, 1), LocalDate.of(2032, 3, 31), Set.of(OTHER_CENTER))).isEmpty();
		assertThat(claims.pendingFor(Set.of(CENTER))).extracting(ManagementClaim::getOrganizationId).contains(id);
		assertThat(claims.pendingFor(Set.of(OTHER_CENTER))).extracting(ManagementClaim::getOrganizationId).doesNotContain(id);
	}

	@Test
	void twoStaffDecidingTheSameClaimAtOnceCannotBothSucceed() {
		Organization organization = tx.execute(s -> save("동시 결정 협동조합", 77, CENTER));
		BusinessNumber number = organization.number();
		long claimId = tx.execute(s -> claims.save(new ManagementClaim(organization.getId(), 990_001L, "신청자",
				"claimant@example.kr", number, "대표입니다", Instant.now())).getId());
		ManagementClaim first = tx.execute(s -> claims.findById(claimId).orElseThrow());
		ManagementClaim second = tx.execute(s -> claims.findById(claimId).orElseThrow());
		first.approve(1L, "먼저", Instant.now());
		second.reject(2L, "나중", Instant.now());
		tx.executeWithoutResult(s -> claims.save(first));
		Assertions.assertThatThrownBy(() -> tx.executeWithoutResult(s -> claims.save(second)))
			.isInstanceOf(OptimisticLockingFailureException.class);
		ManagementClaim.Status status = tx.execute(s -> claims.findById(claimId).orElseThrow().getStatus());
		assertThat(status).isEqualTo(ManagementClaim.Status.APPROVED);
	}
}
