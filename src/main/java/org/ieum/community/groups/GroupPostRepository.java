package org.ieum.community.groups;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GroupPostRepository extends JpaRepository<GroupPost, Long> {

	List<GroupPost> findTop50ByGroupIdOrderByPostedAtDescIdDesc(long groupId);
}
