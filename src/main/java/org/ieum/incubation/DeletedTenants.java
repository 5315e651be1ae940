package org.ieum.incubation;

import java.util.Locale;
import org.ieum.identity.AccountDeleted;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a tenant deletes their account, their tenancies stay (the center's occupancy and
 * figures need them) but lose the link to the person, the contact address and, for a
 * founder without an organization, the name.
 */
@Component
class DeletedTenants {

	private final TenancyRepository tenancies;
	private final MessageSource messages;

	DeletedTenants(TenancyRepository tenancies, MessageSource messages) {
		this.tenancies = tenancies;
		this.messages = messages;
	}

	@EventListener
	void on(AccountDeleted event) {
		String anonymous = messages.getMessage("incubation.deletedTenant", null, Locale.KOREAN);
		tenancies.findByTenantAccountIdOrderByOfferedAtDescIdDesc(event.accountId())
			.forEach(t -> t.forgetTenant(anonymous));
	}
}
