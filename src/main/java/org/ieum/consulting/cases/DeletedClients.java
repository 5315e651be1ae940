package org.ieum.consulting.cases;

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
public class DeletedClients {

	private final ConsultingRequestRepository requests;
	private final MessageSource messages;

	public DeletedClients(ConsultingRequestRepository requests, MessageSource messages) {
		this.requests = requests;
		this.messages = messages;
	}

	@EventListener
	public void on(AccountDeleted event) {
		String anonymous = messages.getMessage("consulting.deletedClient", null, Locale.KOREAN);
		requests.findByClientAccountIdOrderByCreatedAtDescIdDesc(event.accountId()).forEach(r -> r.forgetClient(anonymous));
	}
}
