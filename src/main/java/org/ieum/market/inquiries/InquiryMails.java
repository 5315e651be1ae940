package org.ieum.market.inquiries;

import java.util.Locale;

import org.ieum.centers.CenterProfile;
import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.enterprises.EnterprisesApi;
import org.ieum.identity.IdentityApi;
import org.ieum.shared.Notification;
import org.ieum.shared.NotificationKind;
import org.ieum.shared.Notifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The messages about an inquiry, through the notification service: the organization's managers and the center's
 * mailbox hear of a new one (without the buyer's contacts, which stay in Ieum behind the access log), the buyer gets
 * the private link when sending and again when the answer is there.
 */
@Component
class InquiryMails {

	private final Notifier notifier;
	private final EnterprisesApi enterprises;
	private final IdentityApi identity;
	private final CentersApi centers;
	private final MessageSource messages;
	private final String baseUrl;

	InquiryMails(Notifier notifier, EnterprisesApi enterprises, IdentityApi identity, CentersApi centers,
			MessageSource messages, @Value("${ieum.base-url}") String baseUrl) {
		this.notifier = notifier;
		this.enterprises = enterprises;
		this.identity = identity;
		this.centers = centers;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	/** The buyer's private page of an inquiry, inside the portal of the center that follows it. */
	String privatePath(Inquiry inquiry) {
		String slug = centers.findById(inquiry.getCenterId()).map(CenterSummary::slug).orElse(null);
		return (slug == null ? "" : "/c/" + slug) + "/market/inquiries/" + inquiry.getToken();
	}

	void received(Inquiry inquiry) {
		String subject = text("market.inquiry.mail.receivedSubject", inquiry.getProductName());
		String myPath = "/my/market/inquiries/" + inquiry.getId();
		String body = text("market.inquiry.mail.receivedBody", inquiry.getOrganizationName(), inquiry.getProductName(),
				inquiry.getBuyerOrganization(), inquiry.getQuantity(), inquiry.getNeededBy(), baseUrl + myPath);
		for (Long manager : enterprises.managerAccountIds(inquiry.getOrganizationId())) {
			identity.verifiedEmailOf(manager).ifPresent(email -> notifier.send(new Notification(
					NotificationKind.MARKET_INQUIRY_RECEIVED, inquiry.getCenterId(), manager, email, subject, body, myPath)));
		}
		centers.findById(inquiry.getCenterId())
			.flatMap(center -> centers.profile(center.slug()))
			.map(CenterProfile::email)
			.filter(email -> email != null && !email.isBlank())
			.ifPresent(email -> {
				String staffPath = "/admin/market/inquiries?center=" + inquiry.getCenterId();
				notifier.send(Notification.to(email, NotificationKind.MARKET_INQUIRY_RECEIVED, inquiry.getCenterId(),
						subject, text("market.inquiry.mail.staffBody", inquiry.getOrganizationName(),
								inquiry.getProductName(), inquiry.getBuyerOrganization(), baseUrl + staffPath),
						staffPath));
			});
		if (inquiry.getContactEmail() != null) {
			String link = privatePath(inquiry);
			notifier.send(Notification.to(inquiry.getContactEmail(), NotificationKind.MARKET_INQUIRY_SENT,
					inquiry.getCenterId(), text("market.inquiry.mail.sentSubject", inquiry.getOrganizationName()),
					text("market.inquiry.mail.sentBody", inquiry.getOrganizationName(), inquiry.getProductName(),
							baseUrl + link),
					link));
		}
	}

	void answered(Inquiry inquiry) {
		if (inquiry.getContactEmail() == null) {
			return;
		}
		String link = privatePath(inquiry);
		notifier.send(Notification.to(inquiry.getContactEmail(), NotificationKind.MARKET_INQUIRY_ANSWERED,
				inquiry.getCenterId(), text("market.inquiry.mail.answeredSubject", inquiry.getOrganizationName()),
				text("market.inquiry.mail.answeredBody", inquiry.getOrganizationName(), inquiry.getProductName(),
						baseUrl + link),
				link));
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.KOREAN);
	}
}
