package org.ieum.identity.registration;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SingleUseLinkRepository extends JpaRepository<SingleUseLink, Long> {

	Optional<SingleUseLink> findByTokenHashAndPurpose(String tokenHash, SingleUseLink.Purpose purpose);

	List<SingleUseLink> findByAccountIdAndPurposeAndUsedAtIsNull(long accountId, SingleUseLink.Purpose purpose);
}
