package org.ieum.market;

import org.ieum.shared.Authorities;
import org.ieum.shared.MenuEntry;
import org.ieum.shared.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the market appears in the menus: the portal's showcase, the network's, the back office and My page. */
@Configuration(proxyBeanMethods = false)
class MarketMenu {

	@Bean
	static MenuEntry marketShowcaseMenuEntry() {
		return MenuEntry.portal(MenuGroup.ECONOMY, "market.menu.showcase", "market", 30);
	}

	@Bean
	static MenuEntry marketNetworkMenuEntry() {
		return MenuEntry.network("market.menu.showcase", "/market", 30);
	}

	@Bean
	static MenuEntry marketAdminMenuEntry() {
		return MenuEntry.admin("market.menu.admin", "/admin/market", 55, Authorities.CENTER_STAFF);
	}

	@Bean
	static MenuEntry marketProcurementMenuEntry() {
		return MenuEntry.admin("market.menu.procurement", "/admin/market/procurement", 56, Authorities.CENTER_STAFF);
	}

	@Bean
	static MenuEntry marketInquiriesMenuEntry() {
		return MenuEntry.admin("market.menu.inquiries", "/admin/market/inquiries", 57, Authorities.CENTER_STAFF);
	}

	@Bean
	static MenuEntry myInquiriesMenuEntry() {
		return MenuEntry.my("market.menu.myInquiries", "/my/market/inquiries", 13);
	}

	@Bean
	static MenuEntry myPurchasesMenuEntry() {
		return MenuEntry.my("market.menu.myPurchases", "/my/market/purchases", 12);
	}

	@Bean
	static MenuEntry marketFairsMenuEntry() {
		return MenuEntry.portal(MenuGroup.ECONOMY, "market.fairs.menu.portal", "market/fairs", 31);
	}

	@Bean
	static MenuEntry marketFairsAdminMenuEntry() {
		return MenuEntry.admin("market.fairs.menu.admin", "/admin/market/fairs", 57, Authorities.CENTER_STAFF);
	}

	@Bean
	static MenuEntry myFairsMenuEntry() {
		return MenuEntry.my("market.fairs.menu.my", "/my/market/fairs", 13);
	}

	@Bean
	static MenuEntry marketProjectsAdminMenuEntry() {
		return MenuEntry.admin("market.collab.menu.admin", "/admin/market/projects", 58, Authorities.CENTER_STAFF);
	}

	@Bean
	static MenuEntry myProjectsMenuEntry() {
		return MenuEntry.my("market.collab.menu.my", "/my/market/projects", 14);
	}

	@Bean
	static MenuEntry marketNeedsMenuEntry() {
		return MenuEntry.portal(MenuGroup.ECONOMY, "market.needs.menu.portal", "market/needs", 32);
	}

	@Bean
	static MenuEntry marketNeedsAdminMenuEntry() {
		return MenuEntry.admin("market.needs.menu.admin", "/admin/market/needs", 59, Authorities.CENTER_STAFF);
	}

	@Bean
	static MenuEntry myNeedsMenuEntry() {
		return MenuEntry.my("market.needs.menu.my", "/my/market/needs", 15);
	}
}
