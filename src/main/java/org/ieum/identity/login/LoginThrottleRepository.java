package org.ieum.identity.login;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface LoginThrottleRepository extends JpaRepository<LoginThrottle, String> {

	/** Locks the row so that parallel attempts for one address are counted one after another. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from LoginThrottle t where t.emailKey = ?1")
	Optional<LoginThrottle> lockByEmailKey(String emailKey);
}
