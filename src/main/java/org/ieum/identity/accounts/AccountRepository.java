package org.ieum.identity.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.ieum.identity.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByEmail(String email);

	/** The account, locked until the transaction ends: one change of its phone verification at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Account a where a.id = :id")
	Optional<Account> lockById(long id);

	boolean existsByEmail(String email);

	@Query("select count(distinct a) from Account a join a.roles g where g.role = ?1 and a.status = org.ieum.identity.accounts.AccountStatus.ACTIVE")
	long countActiveHolders(Role role);

	@Query("""
			select a from Account a
			where a.status <> org.ieum.identity.accounts.AccountStatus.DELETED
			  and (:all = true or a.homeCenterId in :centers)
			  and (:q = '' or lower(a.email) like concat('%', :q, '%') or lower(a.displayName) like concat('%', :q, '%'))
			order by a.id desc""")
	Page<Account> search(boolean all, Collection<Long> centers, String q, Pageable page);

	@Query("""
			select a from Account a
			where a.status <> org.ieum.identity.accounts.AccountStatus.DELETED
			  and (:all = true or a.homeCenterId in :centers)
			order by a.id""")
	List<Account> findAllInScope(boolean all, Collection<Long> centers);

	@Query("select a from Account a where a.status = org.ieum.identity.accounts.AccountStatus.PENDING_GUARDIAN and (:all = true or a.homeCenterId in :centers) order by a.id")
	List<Account> findPendingGuardian(boolean all, Collection<Long> centers);
}
