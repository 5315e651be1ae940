package org.ieum.content;

import org.ieum.shared.Authorities;
import org.ieum.shared.MenuEntry;
import org.ieum.shared.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the website's pages appear in the portal menu and the back office. */
@Configuration(proxyBeanMethods = false)
class ContentMenu {

	@Bean
	static MenuEntry boardsMenuEntry() {
		return MenuEntry.portal(MenuGroup.NOTICES, "content.menu.boards", "boards", 10);
	}

	@Bean
	static MenuEntry greetingMenuEntry() {
		return MenuEntry.portal(MenuGroup.ABOUT, "sitepages.menu.greeting", "pages/greeting", 20);
	}

	@Bean
	static MenuEntry historyMenuEntry() {
		return MenuEntry.portal(MenuGroup.ABOUT, "sitepages.menu.history", "pages/history", 30);
	}

	@Bean
	static MenuEntry organizationMenuEntry() {
		return MenuEntry.portal(MenuGroup.ABOUT, "sitepages.menu.organization", "pages/organization", 40);
	}

	@Bean
	static MenuEntry directionsMenuEntry() {
		return MenuEntry.portal(MenuGroup.ABOUT, "sitepages.menu.directions", "pages/directions", 50);
	}

	@Bean
	static MenuEntry guidesMenuEntry() {
		return MenuEntry.portal(MenuGroup.ECONOMY, "guides.menu", "guides", 15);
	}

	@Bean
	static MenuEntry guidesAdminMenuEntry() {
		return MenuEntry.admin("guides.menu.admin", "/admin/content/guides", 37, Authorities.CENTER_STAFF);
	}

	@Bean
	static MenuEntry contentAdminMenuEntry() {
		return MenuEntry.admin("content.menu.admin", "/admin/content", 35, Authorities.CENTER_STAFF);
	}

	@Bean
	static MenuEntry homeAdminMenuEntry() {
		return MenuEntry.admin("home.menu.admin", "/admin/content/home", 36, Authorities.CENTER_STAFF);
	}

	@Bean
	static MenuEntry newsletterAdminMenuEntry() {
		return MenuEntry.admin("content.newsletter.menu", "/admin/content/newsletter", 36, Authorities.CENTER_STAFF);
	}

	@Bean
	static MenuEntry pagesAdminMenuEntry() {
		return MenuEntry.admin("sitepages.menu.admin", "/admin/content/pages", 37, Authorities.CENTER_STAFF);
	}

	@Bean
	static MenuEntry policiesAdminMenuEntry() {
		return MenuEntry.admin("policies.menu.admin", "/admin/content/policies", 38, Authorities.CENTER_STAFF);
	}
}
