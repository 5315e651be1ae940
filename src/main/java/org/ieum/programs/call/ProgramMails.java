package org.ieum.programs.call;

import java.time.LocalDate;
import java.util.Locale;

import org.ieum.shared.MailOutbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The e-mails of the call process, queued in the transaction of the step that causes them. */
@Component
public class ProgramMails {

	private final MailOutbox outbox;
	private final MessageSource messages;
	private final String baseUrl;

	ProgramMails(MailOutbox outbox, MessageSource messages, @Value("${ieum.base-url}") String baseUrl) {
		this.outbox = outbox;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	public void submitted(Application application, ProgramCall call) {
		send(application.getApplicantEmail(), "submitted", call.getTitle(), application.getApplicantName(),
				application.getReceiptNumber(), link(application));
	}

	public void withdrawn(Application application, ProgramCall call) {
		send(application.getApplicantEmail(), "withdrawn", call.getTitle(), application.getApplicantName(),
				application.getReceiptNumber(), link(application));
	}

	public void resultsPublished(Application application, ProgramCall call) {
		send(application.getApplicantEmail(), "results", call.getTitle(), application.getApplicantName(),
				application.getReceiptNumber(), link(application));
	}

	public void reviewerAssigned(Review review, ProgramCall call) {
		send(review.getReviewerEmail(), "assigned", call.getTitle(), review.getReviewerName(), "",
				baseUrl + "/my/reviews/" + review.getId());
	}

	public void reviewerWithdrawn(Review review, ProgramCall call) {
		send(review.getReviewerEmail(), "reviewerWithdrawn", call.getTitle(), review.getReviewerName(), "", baseUrl + "/my/reviews");
	}

	public void reportDue(Application application, ProgramCall call, long reportId, LocalDate dueOn) {
		send(application.getApplicantEmail(), "reportDue", call.getTitle(), application.getApplicantName(),
				dueOn.toString(), baseUrl + "/my/programs/" + application.getId() + "/reports/" + reportId);
	}

	private String link(Application application) {
		return baseUrl + "/my/programs/" + application.getId();
	}

	/** {@code step} names the pair programs.mail.{step}.subject and .body; arguments: call, name, number, link. */
	private void send(String to, String step, Object... args) {
		if (to == null || to.isBlank()) {
			// a deleted account: nobody to write to
			return;
		}
		outbox.queue(to, messages.getMessage("programs.mail." + step + ".subject", args, Locale.KOREAN),
				messages.getMessage("programs.mail." + step + ".body", args, Locale.KOREAN));
	}
}
