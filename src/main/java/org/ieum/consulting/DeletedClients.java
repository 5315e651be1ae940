package org.ieum.consulting;

import java.util.Locale;

import org.ieum.identity.AccountDeleted;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a client deletes their account, their cases stay (the center's figures and the
 * experts' session logs need them) but lose the name, address and link to the person.
 */
@Component
class DeletedClients {

	private final ConsultingRequestRepository requests;
	private final MessageSource messages;

	DeletedClients(ConsultingRequestRepository requests, MessageSource messages) {
		this.requests = requests;
		this.messages = messages;
	}

	@EventListener
	void on(AccountDeleted event) {
		String anonymous = messages.getMessage("consulting.deletedClient", null, Locale.KOREAN);
		requests.findByClientAccountIdOrderByCreatedAtDescIdDesc(event.accountId()).forEach(r -> r.forgetClient(anonymous));
	}
}
