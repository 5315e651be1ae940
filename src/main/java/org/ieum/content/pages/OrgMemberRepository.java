package org.ieum.content.pages;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrgMemberRepository extends JpaRepository<OrgMember, Long> {

	List<OrgMember> findByCenterIdOrderByPositionAscIdAsc(long centerId);
}
