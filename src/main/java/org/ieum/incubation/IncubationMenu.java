package org.ieum.incubation;

import org.ieum.shared.Authorities;
import org.ieum.shared.MenuEntry;
import org.ieum.shared.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where incubation appears in the menus: the portal's offices page, the staff back office, and my tenancy. */
@Configuration(proxyBeanMethods = false)
class IncubationMenu {

	@Bean
	static MenuEntry incubationMenuEntry() {
		return MenuEntry.portal(MenuGroup.SPACES, "incubation.menu.portal", "incubation", 30);
	}

	@Bean
	static MenuEntry incubationAdminMenuEntry() {
		return MenuEntry.admin("incubation.menu.admin", "/admin/incubation", 45, Authorities.CENTER_STAFF);
	}

	@Bean
	static MenuEntry myIncubationMenuEntry() {
		return MenuEntry.my("incubation.menu.my", "/my/incubation", 40);
	}
}
