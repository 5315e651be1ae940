package org.ieum.identity;

import org.ieum.shared.Authorities;
import org.ieum.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The back-office entries of identity: members, the personal-data access log and the role audit. */
@Configuration(proxyBeanMethods = false)
class IdentityMenu {

	@Bean
	static MenuEntry accessLogMenuEntry() {
		return MenuEntry.admin("menu.admin.accessLog", "/admin/audit/access", 80, Authorities.SYSTEM_ADMIN);
	}

	@Bean
	static MenuEntry roleAuditMenuEntry() {
		return MenuEntry.admin("menu.admin.roleAudit", "/admin/audit/roles", 81, Authorities.SYSTEM_ADMIN);
	}

	@Bean
	static MenuEntry membersMenuEntry() {
		return MenuEntry.admin("menu.admin.members", "/admin/members", 10, Authorities.CENTER_STAFF);
	}
}
