package org.ieum.education.enrollment;

import org.ieum.education.course.Course;
import org.ieum.shared.MailOutbox;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The e-mail a participant gets when their place changes (taken, waiting, approved, promoted, ...). */
@Component
class EnrollmentMail {

	private final MailOutbox mail;
	private final MessageSource messages;

	EnrollmentMail(MailOutbox mail, MessageSource messages) {
		this.mail = mail;
		this.messages = messages;
	}

	/** Queues the message {@code key} ({@code .subject}, {@code .body}); a pupil enrolled with a group has no address. */
	void send(Enrollment enrollment, Course course, String key) {
		if (enrollment.getParticipantEmail() == null) {
			return;
		}
		var locale = LocaleContextHolder.getLocale();
		mail.queue(enrollment.getParticipantEmail(),
				messages.getMessage(key + ".subject", new Object[] { course.getTitle() }, locale),
				messages.getMessage(key + ".body", new Object[] { enrollment.getParticipantName(), course.getTitle() },
						locale));
	}
}
