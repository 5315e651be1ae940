package org.ieum.community;

import org.ieum.shared.Authorities;
import org.ieum.shared.MenuEntry;
import org.ieum.shared.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the community pages appear: the portal's small groups, the staff overview, and my groups. */
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
}
