package org.ieum.notifications;

import org.ieum.shared.Authorities;
import org.ieum.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where notifications appear in the menus: a person's notices on My page, the delivery records for staff. */
@Configuration(proxyBeanMethods = false)
class NotificationsMenu {

	@Bean
	static MenuEntry myNotificationsMenuEntry() {
		return MenuEntry.my("notifications.menu.my", "/my/notifications", 5);
	}

	@Bean
	static MenuEntry notificationDeliveriesMenuEntry() {
		return MenuEntry.admin("notifications.menu.admin", "/admin/notifications", 92, Authorities.CENTER_STAFF);
	}

	@Bean
	static MenuEntry notificationProvidersMenuEntry() {
		return MenuEntry.admin("notifications.menu.providers", "/admin/notifications/providers", 93,
				Authorities.CENTER_STAFF);
	}
}
