package org.ieum.notifications;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ieum.identity.AccountDeleted;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.shared.NotificationKind;
import org.ieum.shared.web.Refusal;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The channels each person wants per group of kinds. Every group is a service notice (about
 * the person's own bookings, courses, applications...), so each keeps at least one channel.
 * E-mail and in-app notices are on without a choice; texts and 알림톡 (which cost the center
 * money) are offered only once the person's phone number is verified, and are on only when chosen.
 */
@Service
@Transactional
class Preferences {

	private final ChannelOffRepository off;
	private final ChannelOnRepository phoneOn;
	private final IdentityApi identity;

	Preferences(ChannelOffRepository off, ChannelOnRepository phoneOn, IdentityApi identity) {
		this.off = off;
		this.phoneOn = phoneOn;
		this.identity = identity;
	}

	/** The channels this person may choose: texts and 알림톡 only with a verified phone number. */
	@Transactional(readOnly = true)
	List<Channel> offered(CurrentUser me) {
		List<Channel> channels = new ArrayList<>(Channel.CHOOSABLE);
		if (identity.verifiedPhone(me.accountId()).isPresent()) {
			channels.addAll(Channel.PHONE);
		}
		return channels;
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
		if (offered(me).containsAll(Channel.PHONE)) {
			phoneOn.ofAccount(me.accountId())
				.stream()
				.filter(c -> on.containsKey(c.group()))
				.forEach(c -> on.get(c.group()).add(c.channel()));
		}
		return on;
	}

	/**
	 * Whether this account gets notifications of this group on this channel: e-mail and in-app
	 * unless switched off, a text or 알림톡 only when switched on (the number is checked by the sender's caller).
	 */
	@Transactional(readOnly = true)
	boolean wants(long accountId, NotificationKind.Group group, Channel channel) {
		if (Channel.PHONE.contains(channel)) {
			return phoneOn.switchedOn(accountId, group).contains(channel);
		}
		return !off.switchedOff(accountId, group).contains(channel);
	}

	/**
	 * Saves the person's choice, given as "GROUP:CHANNEL" for each channel that stays on. A group
	 * left without any channel, an unknown group or channel, or a text / 알림톡 without a verified
	 * number is refused and changes nothing.
	 */
	void save(CurrentUser me, List<String> choices) {
		List<Channel> offered = offered(me);
		Map<NotificationKind.Group, Set<Channel>> on = new EnumMap<>(NotificationKind.Group.class);
		for (String choice : choices == null ? List.<String>of() : choices) {
			String[] parts = choice.split(":", 2);
			try {
				NotificationKind.Group group = NotificationKind.Group.valueOf(parts[0]);
				Channel channel = Channel.valueOf(parts.length == 2 ? parts[1] : "");
				if (!offered.contains(channel)) {
					throw new Refusal(Channel.PHONE.contains(channel) ? "notifications.error.phoneNotVerified"
							: "notifications.error.badChoice");
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
		phoneOn.deleteOfAccount(me.accountId());
		List<ChannelOff> offRows = new ArrayList<>();
		List<ChannelOn> onRows = new ArrayList<>();
		on.forEach((group, channels) -> {
			Channel.CHOOSABLE.stream()
				.filter(channel -> !channels.contains(channel))
				.forEach(channel -> offRows.add(new ChannelOff(me.accountId(), group, channel)));
			Channel.PHONE.stream()
				.filter(channels::contains)
				.forEach(channel -> onRows.add(new ChannelOn(me.accountId(), group, channel)));
		});
		off.saveAll(offRows);
		phoneOn.saveAll(onRows);
	}

	@EventListener
	void on(AccountDeleted event) {
		off.deleteOfAccount(event.accountId());
		phoneOn.deleteOfAccount(event.accountId());
	}
}
