package org.ieum.content.staff;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A post as staff filled it in, not yet checked. Times are Korean (Asia/Seoul) wall-clock times.
 *
 * @param body the editor's HTML (or plain text)
 * @param showAuthor show the writer's name instead of the center's
 * @param shareWith centers under the writing center that also show the post
 */
public record PostDraft(String title, String body, String category, boolean pinned, LocalDateTime publishFrom,
		LocalDateTime publishUntil, boolean showAuthor, String videoUrl, List<Long> shareWith) {
}
