package org.ieum.notifications;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ieum.identity.AccountDeleted;
import org.ieum.identity.CurrentUser;
import org.ieum.shared.NotificationKind;
import org.ieum.shared.web.Refusal;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The channels each person wants per group of kinds. Every group is a service notice (about
 * the person's own bookings, courses, applications...), so each keeps at least one channel;
 * without a choice every channel is on.
 */
@Service
@Transactional
class Preferences {

	private final ChannelOffRepository off;

	Preferences(ChannelOffRepository off) {
		this.off = off;
	}

	/** Per group, the channels that are on for this person. */
	@Transactional(readOnly = true)
	Map<NotificationKind.Group, Set<Channel>> of(CurrentUser me) {
		Map<NotificationKind.Group, Set<Channel>> on = new EnumMap<>(NotificationKind.Group.class);
		for (NotificationKind.Group group : NotificationKind.Group.values()) {
			if (group.choosable()) {
				on.put(group, EnumSet.copyOf(Channel.CHOOSABLE));
			}
		}
		off.ofAccount(me.accountId())
			.stream()
			.filter(c -> on.containsKey(c.group()))
			.forEach(c -> on.get(c.group()).remove(c.channel()));
		return on;
	}

	/** Whether this account gets notifications of this group on this channel. */
	@Transactional(readOnly = true)
	boolean wants(long accountId, NotificationKind.Group group, Channel channel) {
		return !off.switchedOff(accountId, group).contains(channel);
	}

	/**
	 * Saves the person's choice, given as "GROUP:CHANNEL" for each channel that stays on. A group
	 * left without any channel, or an unknown group or channel, is refused and changes nothing.
	 */
	void save(CurrentUser me, List<String> choices) {
		Map<NotificationKind.Group, Set<Channel>> on = new EnumMap<>(NotificationKind.Group.class);
		for (String choice : choices == null ? List.<String>of() : choices) {
			String[] parts = choice.split(":", 2);
			try {
				NotificationKind.Group group = NotificationKind.Group.valueOf(parts[0]);
				Channel channel = Channel.valueOf(parts.length == 2 ? parts[1] : "");
				if (!Channel.CHOOSABLE.contains(channel)) {
					throw new Refusal("notifications.error.badChoice");
				}
				// a group nobody chooses for (a verification code) has nothing to store
				if (group.choosable()) {
					on.computeIfAbsent(group, g -> EnumSet.noneOf(Channel.class)).add(channel);
				}
			}
			catch (IllegalArgumentException ex) {
				throw new Refusal("notifications.error.badChoice");
			}
		}
		for (NotificationKind.Group group : NotificationKind.Group.values()) {
			if (group.choosable() && !on.containsKey(group)) {
				throw new Refusal("notifications.error.keepOneChannel");
			}
		}
		off.deleteOfAccount(me.accountId());
		List<ChannelOff> rows = new ArrayList<>();
		on.forEach((group, channels) -> Channel.CHOOSABLE.stream()
			.filter(channel -> !channels.contains(channel))
			.forEach(channel -> rows.add(new ChannelOff(me.accountId(), group, channel))));
		off.saveAll(rows);
	}

	@EventListener
	void on(AccountDeleted event) {
		off.deleteOfAccount(event.accountId());
	}
}
