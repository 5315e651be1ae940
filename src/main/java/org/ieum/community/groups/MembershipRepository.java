package org.ieum.community.groups;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MembershipRepository extends JpaRepository<Membership, Long> {

	Optional<Membership> findByGroupIdAndAccountId(long groupId, long accountId);

	boolean existsByGroupIdAndAccountId(long groupId, long accountId);

	List<Membership> findByGroupIdOrderByRequestedAtAscIdAsc(long groupId);

	List<Membership> findByAccountIdOrderByRequestedAtDesc(long accountId);

	long countByGroupIdAndStatus(long groupId, MembershipStatus status);
}
