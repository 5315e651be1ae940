package org.ieum.library;

import org.ieum.shared.Authorities;
import org.ieum.shared.MenuEntry;
import org.ieum.shared.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the library appears in the menus: the portal's catalogue, the staff desk and catalogue, and my loans. */
@Configuration(proxyBeanMethods = false)
class LibraryMenu {

	@Bean
	static MenuEntry libraryMenuEntry() {
		return MenuEntry.portal(MenuGroup.SPACES, "library.menu.portal", "library", 40);
	}

	@Bean
	static MenuEntry libraryAdminMenuEntry() {
		return MenuEntry.admin("library.menu.admin", "/admin/library/desk", 55, Authorities.CENTER_STAFF);
	}

	@Bean
	static MenuEntry myLibraryMenuEntry() {
		return MenuEntry.my("library.menu.my", "/my/library", 48);
	}
}
