package org.ieum.notifications;

/** How a notification reaches a person. */
enum Channel {
	EMAIL, IN_APP;

	String labelKey() {
		return "notifications.channel." + name();
	}
}
