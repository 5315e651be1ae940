package org.ieum.enterprises;

import org.ieum.shared.Authorities;
import org.ieum.shared.MenuEntry;
import org.ieum.shared.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the organizations' pages appear in the portal menu, on My page and in the back office. */
@Configuration(proxyBeanMethods = false)
class EnterprisesMenu {

	@Bean
	static MenuEntry directoryMenuEntry() {
		return MenuEntry.portal(MenuGroup.ECONOMY, "enterprises.menu.directory", "organizations", 10);
	}

	@Bean
	static MenuEntry myOrganizationsMenuEntry() {
		return MenuEntry.my("enterprises.menu.my", "/my/organizations", 10);
	}

	@Bean
	static MenuEntry organizationsAdminMenuEntry() {
		return MenuEntry.admin("enterprises.menu.admin", "/admin/organizations", 30, Authorities.CENTER_STAFF);
	}

	@Bean
	static MenuEntry obligationsAdminMenuEntry() {
		return MenuEntry.admin("journey.menu.obligations", "/admin/organizations/obligations", 31, Authorities.CENTER_STAFF);
	}

	@Bean
	static MenuEntry pipelineAdminMenuEntry() {
		return MenuEntry.admin("stages.menu.pipeline", "/admin/organizations/pipeline", 32, Authorities.CENTER_STAFF);
	}

	@Bean
	static MenuEntry employmentImportMenuEntry() {
		return MenuEntry.admin("employment.menu.import", "/admin/organizations/employment/import", 33,
				Authorities.CENTER_STAFF);
	}

	@Bean
	static MenuEntry searchIndexMenuEntry() {
		return MenuEntry.admin("enterprises.search.admin.menu", "/admin/organizations/search-index", 85,
				Authorities.SYSTEM_ADMIN);
	}
}
