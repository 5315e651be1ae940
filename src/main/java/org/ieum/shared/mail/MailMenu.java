package org.ieum.shared.mail;

import org.ieum.shared.Authorities;
import org.ieum.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbox's entry in the back office. */
@Configuration(proxyBeanMethods = false)
class MailMenu {

	@Bean
	static MenuEntry outboxMenuEntry() {
		return MenuEntry.admin("menu.admin.outbox", "/admin/outbox", 90, Authorities.SYSTEM_ADMIN);
	}
}
