package org.ieum.content.board;

import java.util.Locale;

import org.ieum.identity.AccountDeleted;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a person deletes their account, their 1:1 questions go (they are their own
 * correspondence with the center, often with phone numbers and personal circumstances) and
 * the posts they wrote stay without their name or the link to them.
 */
@Component
class DeletedAuthors {

	private final PostRepository posts;
	private final PostAttachmentRepository attachments;
	private final ContentFiles files;
	private final MessageSource messages;

	DeletedAuthors(PostRepository posts, PostAttachmentRepository attachments, ContentFiles files,
			MessageSource messages) {
		this.posts = posts;
		this.attachments = attachments;
		this.files = files;
		this.messages = messages;
	}

	@EventListener
	void on(AccountDeleted event) {
		for (Post question : posts.findByAskerAccountId(event.accountId())) {
			for (PostAttachment attachment : attachments.findByPostIdOrderByPositionAscIdAsc(question.getId())) {
				files.deleteAfterCommit(attachment.getStoredFile());
				attachments.delete(attachment);
			}
			posts.delete(question);
		}
		String anonymous = messages.getMessage("content.deletedAuthor", null, Locale.KOREAN);
		posts.findByAuthorAccountId(event.accountId()).forEach(post -> post.forgetAuthor(anonymous));
	}
}
