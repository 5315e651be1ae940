package org.ieum.centers;

import org.ieum.shared.Authorities;
import org.ieum.shared.MenuEntry;
import org.ieum.shared.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the centers pages appear in the portal and the back office. */
@Configuration(proxyBeanMethods = false)
class CentersMenu {

	@Bean
	static MenuEntry aboutMenuEntry() {
		return MenuEntry.portal(MenuGroup.ABOUT, "centers.menu.about", "about", 10);
	}

	@Bean
	static MenuEntry centersAdminMenuEntry() {
		return MenuEntry.admin("centers.menu.admin", "/admin/centers", 10, Authorities.CENTER_STAFF);
	}

	@Bean
	static MenuEntry holidaysAdminMenuEntry() {
		return MenuEntry.admin("centers.menu.holidays", "/admin/holidays", 12, Authorities.CENTER_STAFF);
	}
}
