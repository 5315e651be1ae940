package org.ieum.notifications;

import java.util.List;

import org.ieum.shared.NotificationKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ChannelOnRepository extends JpaRepository<ChannelOn, ChannelOn.Key> {

	@Query("select c from ChannelOn c where c.key.accountId = :accountId")
	List<ChannelOn> ofAccount(long accountId);

	@Query("select c.key.channel from ChannelOn c where c.key.accountId = :accountId and c.key.kindGroup = :group")
	List<Channel> switchedOn(long accountId, NotificationKind.Group group);

	@Modifying
	@Query("delete from ChannelOn c where c.key.accountId = :accountId")
	int deleteOfAccount(long accountId);
}
