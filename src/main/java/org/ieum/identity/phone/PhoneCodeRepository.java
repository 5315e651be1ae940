package org.ieum.identity.phone;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PhoneCodeRepository extends JpaRepository<PhoneCode, Long> {

	/** The account's newest code: the only one that can be confirmed. */
	Optional<PhoneCode> findFirstByAccountIdOrderBySentAtDescIdDesc(long accountId);

	long countByAccountIdAndSentAtAfter(long accountId, Instant since);

	long countByPhoneAndSentAtAfter(String phone, Instant since);

	@Modifying
	@Query("delete from PhoneCode c where c.accountId = :accountId")
	void deleteOfAccount(long accountId);
}
