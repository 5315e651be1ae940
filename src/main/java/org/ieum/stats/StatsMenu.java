package org.ieum.stats;

import org.ieum.shared.Authorities;
import org.ieum.shared.MenuEntry;
import org.ieum.shared.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the statistics pages appear in the portal, the network menu and the back office. */
@Configuration(proxyBeanMethods = false)
class StatsMenu {

	@Bean
	static MenuEntry statisticsMenuEntry() {
		return MenuEntry.portal(MenuGroup.ECONOMY, "stats.menu", "statistics", 20);
	}

	@Bean
	static MenuEntry networkStatisticsMenuEntry() {
		return MenuEntry.network("stats.menu.network", "/statistics", 10);
	}

	@Bean
	static MenuEntry cohortsMenuEntry() {
		return MenuEntry.admin("cohorts.menu", "/admin/cohorts", 34, Authorities.CENTER_STAFF);
	}

	@Bean
	static MenuEntry dashboardMenuEntry() {
		return MenuEntry.admin("stats.menu.dashboard", "/admin/dashboard", 5, Authorities.CENTER_STAFF);
	}
}
