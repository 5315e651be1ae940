package org.ieum.spaces;

import org.ieum.shared.Authorities;
import org.ieum.shared.MenuEntry;
import org.ieum.shared.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the spaces pages appear in the portal, the member menu and the back office. */
@Configuration(proxyBeanMethods = false)
class SpacesMenu {

	@Bean
	static MenuEntry spacesMenuEntry() {
		return MenuEntry.portal(MenuGroup.SPACES, "spaces.menu.portal", "spaces", 10);
	}

	@Bean
	static MenuEntry spacesTodayMenuEntry() {
		return MenuEntry.portal(MenuGroup.SPACES, "spaces.menu.today", "spaces/today", 20);
	}

	@Bean
	static MenuEntry myReservationsMenuEntry() {
		return MenuEntry.my("spaces.menu.my", "/my/reservations", 20);
	}

	@Bean
	static MenuEntry spacesAdminMenuEntry() {
		return MenuEntry.admin("spaces.menu.admin", "/admin/spaces", 40, Authorities.CENTER_STAFF);
	}
}
