package org.ieum.governance;

import org.ieum.shared.Authorities;
import org.ieum.shared.MenuEntry;
import org.ieum.shared.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where governance appears: the portal's council pages, the staff back office, and a member's own meetings. */
@Configuration(proxyBeanMethods = false)
class GovernanceMenu {

	@Bean
	static MenuEntry governancePortalMenuEntry() {
		return MenuEntry.portal(MenuGroup.ABOUT, "governance.menu.portal", "governance", 60);
	}

	@Bean
	static MenuEntry governanceAdminMenuEntry() {
		return MenuEntry.admin("governance.menu.admin", "/admin/governance", 80, Authorities.CENTER_STAFF);
	}

	@Bean
	static MenuEntry partnersPortalMenuEntry() {
		return MenuEntry.portal(MenuGroup.ABOUT, "governance.menu.partnersPortal", "governance/partners", 61);
	}

	@Bean
	static MenuEntry partnersAdminMenuEntry() {
		return MenuEntry.admin("governance.menu.partnersAdmin", "/admin/governance/partners", 81, Authorities.CENTER_STAFF);
	}

	@Bean
	static MenuEntry reportAdminMenuEntry() {
		return MenuEntry.admin("report.menu.admin", "/admin/governance/report", 82, Authorities.CENTER_STAFF);
	}

	@Bean
	static MenuEntry assessmentsAdminMenuEntry() {
		return MenuEntry.admin("governance.menu.assessments", "/admin/governance/assessments", 83, Authorities.CENTER_STAFF);
	}

	@Bean
	static MenuEntry myAssessmentsMenuEntry() {
		return MenuEntry.my("governance.menu.myAssessments", "/my/governance/assessments", 81);
	}

	@Bean
	static MenuEntry myGovernanceMenuEntry() {
		return MenuEntry.my("governance.menu.my", "/my/governance", 80);
	}

	@Bean
	static MenuEntry giveBackAdminMenuEntry() {
		return MenuEntry.admin("governance.giveback.menu.admin", "/admin/governance/giveback", 84, Authorities.CENTER_STAFF);
	}

	@Bean
	static MenuEntry myGiveBackMenuEntry() {
		return MenuEntry.my("governance.giveback.menu.my", "/my/governance/giveback", 82);
	}
}
