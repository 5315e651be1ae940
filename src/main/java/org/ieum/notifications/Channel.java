package org.ieum.notifications;

import java.util.List;

/** How a notification reaches a person. */
enum Channel {
	EMAIL, IN_APP, SMS, ALIMTALK;

	/** The channels people switch on and off per group on their preferences page. */
	static final List<Channel> CHOOSABLE = List.of(EMAIL, IN_APP);

	String labelKey() {
		return "notifications.channel." + name();
	}
}
