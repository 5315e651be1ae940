package org.ieum.programs.call;

import java.time.LocalDate;
import java.util.Locale;

import org.ieum.shared.Notification;
import org.ieum.shared.NotificationKind;
import org.ieum.shared.Notifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The notifications of the call process (their e-mails worded here), queued in the transaction of the step that causes them. */
@Component
public class ProgramMails {

	private final Notifier notifier;
	private final MessageSource messages;
	private final String baseUrl;

	ProgramMails(Notifier notifier, MessageSource messages, @Value("${ieum.base-url}") String baseUrl) {
		this.notifier = notifier;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	public void submitted(Application application, ProgramCall call) {
		toApplicant(application, call, NotificationKind.APPLICATION_UPDATE, "submitted", application.getReceiptNumber(),
				path(application));
	}

	public void withdrawn(Application application, ProgramCall call) {
		toApplicant(application, call, NotificationKind.APPLICATION_UPDATE, "withdrawn", application.getReceiptNumber(),
				path(application));
	}

	public void resultsPublished(Application application, ProgramCall call) {
		toApplicant(application, call, NotificationKind.CALL_RESULT, "results", application.getReceiptNumber(),
				path(application));
	}

	public void reviewerAssigned(Review review, ProgramCall call) {
		send(NotificationKind.REVIEW_ASSIGNMENT, call.getCenterId(), review.getReviewerAccountId(),
				review.getReviewerEmail(), "assigned", "/my/reviews/" + review.getId(), call.getTitle(),
				review.getReviewerName(), "");
	}

	public void reviewerWithdrawn(Review review, ProgramCall call) {
		send(NotificationKind.REVIEW_ASSIGNMENT, call.getCenterId(), review.getReviewerAccountId(),
				review.getReviewerEmail(), "reviewerWithdrawn", "/my/reviews", call.getTitle(), review.getReviewerName(),
				"");
	}

	public void reportDue(Application application, ProgramCall call, long reportId, LocalDate dueOn) {
		toApplicant(application, call, NotificationKind.PROGRAM_REPORT_DUE, "reportDue", dueOn.toString(),
				"/my/programs/" + application.getId() + "/reports/" + reportId);
	}

	private static String path(Application application) {
		return "/my/programs/" + application.getId();
	}

	private void toApplicant(Application application, ProgramCall call, NotificationKind kind, String step,
			String third, String path) {
		send(kind, call.getCenterId(), application.getApplicantAccountId(), application.getApplicantEmail(), step, path,
				call.getTitle(), application.getApplicantName(), third);
	}

	/**
	 * {@code step} names the pair programs.mail.{step}.subject and .body; arguments: call, name,
	 * number, then the link to {@code path}.
	 */
	private void send(NotificationKind kind, long centerId, long accountId, String to, String step, String path,
			Object... first) {
		if (to == null || to.isBlank()) {
			// a deleted account: nobody to write to
			return;
		}
		Object[] args = { first[0], first[1], first[2], baseUrl + path };
		notifier.send(new Notification(kind, centerId, accountId, to,
				messages.getMessage("programs.mail." + step + ".subject", args, Locale.KOREAN),
				messages.getMessage("programs.mail." + step + ".body", args, Locale.KOREAN), path));
	}
}
