package org.ieum.content.board;

import java.time.Instant;

/**
 * What staff write in a post, already checked: a title, the body as sanitized HTML and its
 * plain text, and how it is published.
 *
 * @param authorName the person's name shown as author, or {@code null} to show the center
 * @param publishUntil {@code null} for no end
 */
public record PostContent(String title, RichText.Body body, String category, boolean pinned, Instant publishFrom,
		Instant publishUntil, String authorName, String videoUrl) {
}
