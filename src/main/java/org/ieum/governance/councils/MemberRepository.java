package org.ieum.governance.councils;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberRepository extends JpaRepository<Member, Long> {

	List<Member> findByCouncilIdOrderByTermEndDescNameAscIdAsc(long councilId);

	List<Member> findByAccountId(long accountId);

	List<Member> findByCouncilIdInAndTermEndBetweenOrderByTermEndAscNameAsc(Collection<Long> councilIds,
			LocalDate from, LocalDate until);

	List<Member> findByTermEndBetweenOrderByTermEndAscIdAsc(LocalDate from, LocalDate until);
}
