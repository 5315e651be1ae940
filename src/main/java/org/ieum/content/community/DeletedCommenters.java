package org.ieum.content.community;

import java.util.Locale;

import org.ieum.identity.AccountDeleted;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When a member deletes their account, their comments stay anonymous and their reports go. */
@Component
class DeletedCommenters {

	private final CommentRepository comments;
	private final ContentReportRepository reports;
	private final MessageSource messages;

	DeletedCommenters(CommentRepository comments, ContentReportRepository reports, MessageSource messages) {
		this.comments = comments;
		this.reports = reports;
		this.messages = messages;
	}

	@EventListener
	void on(AccountDeleted event) {
		String anonymous = messages.getMessage("content.deletedAuthor", null, Locale.KOREAN);
		comments.findByAccountId(event.accountId()).forEach(c -> c.forgetAuthor(anonymous));
		reports.deleteByAccountId(event.accountId());
	}
}
