package org.ieum.market.needs;

import java.util.Locale;

import org.ieum.enterprises.EnterprisesApi;
import org.ieum.identity.IdentityApi;
import org.ieum.shared.Notification;
import org.ieum.shared.NotificationKind;
import org.ieum.shared.Notifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The messages about a need, through the notification service, to every manager of the organization concerned: a
 * matching organization hears of the need, a responder hears the buyer's decision. The buyer's contacts are never in
 * them.
 */
@Component
class NeedMails {

	static final String MY_PAGE = "/my/market/needs";

	private final Notifier notifier;
	private final EnterprisesApi enterprises;
	private final IdentityApi identity;
	private final MessageSource messages;
	private final String baseUrl;

	NeedMails(Notifier notifier, EnterprisesApi enterprises, IdentityApi identity, MessageSource messages,
			@Value("${ieum.base-url}") String baseUrl) {
		this.notifier = notifier;
		this.enterprises = enterprises;
		this.identity = identity;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	void matched(Need need, long organizationId, String organizationName) {
		String budget = need.getBudgetWon() == null ? text("market.needs.budgetOpen")
				: text("market.won", String.format("%,d", need.getBudgetWon()));
		send(organizationId, NotificationKind.MARKET_NEED_MATCHED, need,
				text("market.needs.mail.matchedSubject", need.getBuyerName(), need.getTitle()),
				text("market.needs.mail.matchedBody", organizationName, need.getBuyerName(), need.getTitle(),
						need.getCategoryLabel(), need.getQuantity(), budget, need.getDeadline().toString(),
						need.getDeliveryRegion(), baseUrl + MY_PAGE));
	}

	void decided(Need need, NeedResponse response) {
		String outcome = text("market.needs.decision." + response.getDecision());
		send(response.getOrganizationId(), NotificationKind.MARKET_NEED_DECIDED, need,
				text("market.needs.mail.decidedSubject", need.getTitle(), outcome),
				text("market.needs.mail.decidedBody", response.getOrganizationName(), need.getBuyerName(),
						need.getTitle(), outcome, baseUrl + MY_PAGE));
	}

	private void send(long organizationId, NotificationKind kind, Need need, String subject, String body) {
		for (Long manager : enterprises.managerAccountIds(organizationId)) {
			notifier.send(new Notification(kind, need.getCenterId(), manager,
					identity.verifiedEmailOf(manager).orElse(null), subject, body, MY_PAGE));
		}
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.KOREAN);
	}
}
