package org.ieum.notifications;

import java.util.List;

import org.ieum.shared.NotificationKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ChannelOffRepository extends JpaRepository<ChannelOff, ChannelOff.Key> {

	@Query("select c from ChannelOff c where c.key.accountId = :accountId")
	List<ChannelOff> ofAccount(long accountId);

	@Query("select c.key.channel from ChannelOff c where c.key.accountId = :accountId and c.key.kindGroup = :group")
	List<Channel> switchedOff(long accountId, NotificationKind.Group group);

	@Modifying
	@Query("delete from ChannelOff c where c.key.accountId = :accountId")
	int deleteOfAccount(long accountId);
}
