package org.ieum.notifications;

import java.io.Serializable;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.ieum.shared.NotificationKind;

/** A phone channel (text or 알림톡) a person switched on for a group of kinds; off without a row. */
@Entity
@Table(name = "notification_channel_on")
class ChannelOn {

	@EmbeddedId
	private Key key;

	protected ChannelOn() {
	}

	ChannelOn(long accountId, NotificationKind.Group group, Channel channel) {
		this.key = new Key(accountId, group, channel);
	}

	NotificationKind.Group group() {
		return key.kindGroup;
	}

	Channel channel() {
		return key.channel;
	}

	@Embeddable
	record Key(long accountId, @Enumerated(EnumType.STRING) NotificationKind.Group kindGroup,
			@Enumerated(EnumType.STRING) Channel channel) implements Serializable {
	}
}
