package org.ieum.content.board;

/** A new attachment was saved (its file is stored); its text is to be read for the site search. */
public record AttachmentStored(long attachmentId, long postId) {
}
