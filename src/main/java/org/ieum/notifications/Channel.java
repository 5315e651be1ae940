package org.ieum.notifications;

import java.util.List;

/** How a notification reaches a person. */
enum Channel {
	EMAIL, IN_APP, SMS, ALIMTALK;

	/** The channels people switch on and off per group on their preferences page. */
	static final List<Channel> CHOOSABLE = List.of(EMAIL, IN_APP);

	/** Texts and 알림톡: offered only with a verified phone number, off until chosen. */
	static final List<Channel> PHONE = List.of(SMS, ALIMTALK);

	String labelKey() {
		return "notifications.channel." + name();
	}
}
