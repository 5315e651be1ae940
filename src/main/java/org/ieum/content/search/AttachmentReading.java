package org.ieum.content.search;

import java.time.Clock;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.ieum.content.board.AttachmentStored;
import org.ieum.content.board.ContentFiles;
import org.ieum.content.board.Post;
import org.ieum.content.board.PostAttachment;
import org.ieum.content.board.PostAttachmentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the text of each new attachment as it is saved (in the saving transaction, so the post
 * is found by it as soon as it is published), and once, in the background after a server
 * starts, the files stored before attachments were read. A file is read once whatever the
 * outcome; a file that cannot be read leaves its attachment without text, never the post unsaved.
 */
@Component
class AttachmentReading {

	private static final Logger log = LoggerFactory.getLogger(AttachmentReading.class);
	private static final int BATCH = 50;

	private final PostAttachmentRepository attachments;
	private final ContentFiles files;
	private final AttachmentText text;
	private final EntityManager entityManager;
	private final TransactionTemplate transactions;
	private final Clock clock;

	AttachmentReading(PostAttachmentRepository attachments, ContentFiles files, AttachmentText text,
			EntityManager entityManager, PlatformTransactionManager transactionManager, Clock clock) {
		this.attachments = attachments;
		this.files = files;
		this.text = text;
		this.entityManager = entityManager;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@EventListener
	void stored(AttachmentStored event) {
		attachments.findById(event.attachmentId()).ifPresent(this::read);
	}

	private void read(PostAttachment attachment) {
		String found = null;
		if (AttachmentText.readable(attachment.getFileName())) {
			try {
				found = files.read(attachment.getStoredFile())
					.flatMap(bytes -> text.read(attachment.getFileName(), bytes))
					.orElse(null);
			}
			catch (RuntimeException e) {
				log.warn("Could not read the text of attachment {} ({})", attachment.getId(), e.toString());
			}
		}
		attachment.recordText(found, clock.instant());
		if (found != null) {
			Search.session(entityManager).indexingPlan()
				.addOrUpdate(entityManager.getReference(Post.class, attachment.getPostId()));
		}
	}

	/** Reads every attachment not read yet, a batch per transaction; returns how many were read. */
	int readBacklog() {
		int done = 0;
		while (true) {
			Integer batch = transactions.execute(tx -> {
				List<PostAttachment> unread = entityManager
					.createQuery("select a from " + PostAttachment.class.getName()
							+ " a where a.textReadAt is null order by a.id", PostAttachment.class)
					.setMaxResults(BATCH)
					.getResultList();
				unread.forEach(this::read);
				return unread.size();
			});
			if (batch == null || batch == 0) {
				return done;
			}
			done += batch;
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart(ApplicationReadyEvent event) {
		if (event.getSpringApplication().getWebApplicationType() == WebApplicationType.NONE) {
			// a command: the index belongs to the server, which reads them at its next start
			return;
		}
		Thread thread = new Thread(() -> {
			try {
				int read = readBacklog();
				if (read > 0) {
					log.info("Read the text of {} attachments stored before attachments were read", read);
				}
			}
			catch (RuntimeException e) {
				log.error("Reading the text of earlier attachments failed", e);
			}
		}, "attachment-text-backlog");
		thread.setDaemon(true);
		thread.start();
	}
}
