package org.ieum.enterprises.records;

import org.ieum.enterprises.DesignationStatus;
import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.OrganizationStatus;
import org.ieum.shared.Seoul;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface OrganizationRepository extends JpaRepository<Organization, Long>, JpaSpecificationExecutor<Organization> {

	List<Organization> findByBusinessNumberOrderByIdAsc(String businessNumber);

	boolean existsByBusinessNumber(String businessNumber);

	/** Owned by at least one of these centers. */
	static Specification<Organization> ownedByAnyOf(Set<Long> centerIds) {
		return (root, query, cb) -> {
			if (centerIds.isEmpty()) {
				return cb.disjunction();
			}
			Subquery<Long> owned = query.subquery(Long.class);
			Root<Organization> o = owned.from(Organization.class);
			Join<Organization, Long> center = o.join("centerIds");
			owned.select(o.get("id")).where(cb.equal(o.get("id"), root.get("id")), center.in(centerIds));
			return cb.exists(owned);
		};
	}

	static Specification<Organization> nameContains(String q) {
		if (q == null || q.isBlank()) {
			return Specification.unrestricted();
		}
		String pattern = "%" + q.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return (root, query, cb) -> cb.like(cb.lower(root.get("name")), pattern, '\\');
	}

	static Specification<Organization> inStatus(OrganizationStatus status) {
		return status == null ? Specification.unrestricted() : (root, query, cb) -> cb.equal(root.get("status"), status);
	}

	/** Leaves out founding teams not yet founded (their name may be a person's). */
	static Specification<Organization> publiclyListed() {
		return (root, query, cb) -> cb.isFalse(root.get("foundingTeam"));
	}

	static Specification<Organization> notClosed() {
		return (root, query, cb) -> cb.notEqual(root.get("status"), OrganizationStatus.CLOSED);
	}

	/** Holds a designation of this type that is in force (not cancelled, not past its date in Seoul). */
	static Specification<Organization> holding(DesignationType type) {
		if (type == null) {
			return Specification.unrestricted();
		}
		return (root, query, cb) -> {
			Subquery<Long> held = query.subquery(Long.class);
			Root<Designation> d = held.from(Designation.class);
			held.select(d.get("id")).where(cb.equal(d.get("organizationId"), root.get("id")), cb.equal(d.get("type"), type),
					cb.equal(d.get("status"), DesignationStatus.ACTIVE),
					cb.or(cb.isNull(d.get("validUntil")),
							cb.greaterThanOrEqualTo(d.<LocalDate>get("validUntil"),
									LocalDate.now(Seoul.ZONE))));
			return cb.exists(held);
		};
	}
}
