package org.ieum.consulting.cases;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.ieum.shared.Notification;
import org.ieum.shared.NotificationKind;
import org.ieum.shared.Notifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The notifications of a case's steps (their e-mails in Korean), with the link each reader follows. */
@Component
public class CaseMail {

	public static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Notifier notifier;
	private final MessageSource messages;
	private final String baseUrl;

	public CaseMail(Notifier notifier, MessageSource messages, @Value("${ieum.base-url}") String baseUrl) {
		this.notifier = notifier;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	/**
	 * Notifies with mail {@code consulting.mail.<what>} about a request; a person without an address
	 * gets none. The last argument is the link the reader follows, also the in-app notice's link.
	 */
	public void send(ConsultingRequest request, String to, String what, Object... args) {
		if (to == null || to.isBlank()) {
			return;
		}
		notifier.send(Notification.to(to, NotificationKind.CONSULTING_UPDATE, request.getCenterId(),
				messages.getMessage("consulting.mail." + what + ".subject", args, Locale.KOREAN),
				messages.getMessage("consulting.mail." + what + ".body", args, Locale.KOREAN), pathOf(args)));
	}

	/** The link among a mail's arguments, as a path of this site (null when there is none). */
	private String pathOf(Object[] args) {
		if (args.length > 0 && args[args.length - 1] instanceof String link && link.startsWith(baseUrl + "/")) {
			return link.substring(baseUrl.length());
		}
		return null;
	}

	/** The client's page of the request. */
	public String clientLink(long requestId) {
		return baseUrl + "/my/consulting/" + requestId;
	}

	/** The expert's page of the case. */
	public String assignmentLink(long requestId) {
		return baseUrl + "/my/assignments/" + requestId;
	}

	/** The expert's page of the case, or the portal for an expert without an account. */
	public String expertLink(Expert expert, long requestId) {
		return expert.getAccountId() != null ? assignmentLink(requestId) : baseUrl + "/c";
	}

	public String kindName(ConsultingRequest request) {
		return messages.getMessage("consulting.kind." + request.getKind(), null, Locale.KOREAN);
	}

	public String modeName(SessionMode mode) {
		return messages.getMessage("consulting.mode." + mode, null, Locale.KOREAN);
	}

	/** A session's time as mails and messages show it, e.g. 2026-05-03 14:00 (Seoul). */
	public static String when(TemporalAccessor seoulTime) {
		return WHEN.format(seoulTime);
	}
}
