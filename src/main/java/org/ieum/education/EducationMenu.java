package org.ieum.education;

import org.ieum.shared.Authorities;
import org.ieum.shared.MenuEntry;
import org.ieum.shared.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where education appears in the menus: the portal's course list and calendar, My page and the back office. */
@Configuration(proxyBeanMethods = false)
class EducationMenu {

	@Bean
	static MenuEntry educationMenuEntry() {
		return MenuEntry.portal(MenuGroup.EDUCATION, "education.menu.courses", "education", 10);
	}

	@Bean
	static MenuEntry educationCalendarMenuEntry() {
		return MenuEntry.portal(MenuGroup.EDUCATION, "education.menu.calendar", "education/calendar", 20);
	}

	@Bean
	static MenuEntry myEducationMenuEntry() {
		return MenuEntry.my("education.menu.my", "/my/education", 20);
	}

	@Bean
	static MenuEntry educationAdminMenuEntry() {
		return MenuEntry.admin("education.menu.admin", "/admin/education", 40, Authorities.CENTER_STAFF);
	}
}
