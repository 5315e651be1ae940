package org.ieum.community;

import org.ieum.shared.Authorities;
import org.ieum.shared.MenuEntry;
import org.ieum.shared.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the community pages appear: the portal's small groups and exchange board, the staff pages, and My page. */
@Configuration(proxyBeanMethods = false)
class CommunityMenu {

	@Bean
	static MenuEntry communityGroupsMenuEntry() {
		return MenuEntry.portal(MenuGroup.SPACES, "community.menu.groups", "groups", 45);
	}

	@Bean
	static MenuEntry communityGroupsAdminMenuEntry() {
		return MenuEntry.admin("community.menu.admin", "/admin/community/groups", 57, Authorities.CENTER_STAFF);
	}

	@Bean
	static MenuEntry myGroupsMenuEntry() {
		return MenuEntry.my("community.menu.my", "/my/groups", 49);
	}

	@Bean
	static MenuEntry communityExchangeMenuEntry() {
		return MenuEntry.portal(MenuGroup.ECONOMY, "community.exchange.menu", "exchange", 70);
	}

	@Bean
	static MenuEntry communityExchangeAdminMenuEntry() {
		return MenuEntry.admin("community.exchange.menu.admin", "/admin/community/exchange", 58, Authorities.CENTER_STAFF);
	}

	@Bean
	static MenuEntry myExchangeMenuEntry() {
		return MenuEntry.my("community.exchange.menu.my", "/my/exchange", 50);
	}
}
