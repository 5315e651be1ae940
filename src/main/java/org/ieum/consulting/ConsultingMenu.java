package org.ieum.consulting;

import org.ieum.shared.Authorities;
import org.ieum.shared.MenuEntry;
import org.ieum.shared.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where consulting appears in the menus: the portal's one window, the staff back office, and my requests and assignments. */
@Configuration(proxyBeanMethods = false)
class ConsultingMenu {

	@Bean
	static MenuEntry consultingMenuEntry() {
		return MenuEntry.portal(MenuGroup.CONSULTING, "consulting.menu.portal", "consulting", 10);
	}

	@Bean
	static MenuEntry consultingAdminMenuEntry() {
		return MenuEntry.admin("consulting.menu.admin", "/admin/consulting", 47, Authorities.CENTER_STAFF);
	}

	@Bean
	static MenuEntry myConsultingMenuEntry() {
		return MenuEntry.my("consulting.menu.my", "/my/consulting", 45);
	}

	@Bean
	static MenuEntry myAssignmentsMenuEntry() {
		return MenuEntry.my("consulting.menu.assignments", "/my/assignments", 46, Authorities.EXPERT);
	}
}
