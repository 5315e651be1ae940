package org.ieum.programs;

import org.ieum.shared.Authorities;
import org.ieum.shared.MenuEntry;
import org.ieum.shared.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the module's pages appear in the menus: the portal's calls, the member's applications and reviews, the back office. */
@Configuration(proxyBeanMethods = false)
class ProgramsMenu {

	@Bean
	static MenuEntry programsMenuEntry() {
		return MenuEntry.portal(MenuGroup.PROGRAMS, "programs.menu.calls", "programs", 10);
	}

	@Bean
	static MenuEntry myProgramsMenuEntry() {
		return MenuEntry.my("programs.menu.my", "/my/programs", 30);
	}

	@Bean
	static MenuEntry myReviewsMenuEntry() {
		return MenuEntry.my("programs.menu.reviews", "/my/reviews", 31, Authorities.EXPERT + "," + Authorities.CENTER_STAFF);
	}

	@Bean
	static MenuEntry programsAdminMenuEntry() {
		return MenuEntry.admin("programs.menu.admin", "/admin/programs", 45, Authorities.CENTER_STAFF);
	}
}
