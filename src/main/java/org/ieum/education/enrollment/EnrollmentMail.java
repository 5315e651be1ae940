package org.ieum.education.enrollment;

import org.ieum.education.course.Course;
import org.ieum.shared.Notification;
import org.ieum.shared.NotificationKind;
import org.ieum.shared.Notifier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The e-mail a participant gets when their place changes (taken, waiting, approved, promoted, ...). */
@Component
class EnrollmentMail {

	private final Notifier notifier;
	private final MessageSource messages;

	EnrollmentMail(Notifier notifier, MessageSource messages) {
		this.notifier = notifier;
		this.messages = messages;
	}

	/** Queues the message {@code key} ({@code .subject}, {@code .body}); a pupil enrolled with a group has no address. */
	void send(Enrollment enrollment, Course course, String key) {
		if (enrollment.getParticipantEmail() == null) {
			return;
		}
		var locale = LocaleContextHolder.getLocale();
		NotificationKind kind = key.equals("education.mail.promoted") ? NotificationKind.WAITLIST_SEAT
				: NotificationKind.ENROLLMENT_UPDATE;
		notifier.send(new Notification(kind, course.getCenterId(), enrollment.getAccountId(),
				enrollment.getParticipantEmail(),
				messages.getMessage(key + ".subject", new Object[] { course.getTitle() }, locale),
				messages.getMessage(key + ".body", new Object[] { enrollment.getParticipantName(), course.getTitle() },
						locale),
				"/my/education"));
	}
}
