package org.ieum.content.board;

import java.util.Optional;

import org.ieum.identity.CurrentUser;

/**
 * A feature that adds a part to a post's page (the answer of a question, the comments of a
 * member board) without the core knowing the feature: the core asks every bean of this type.
 */
public interface PostSections {

	/** The part for this post and viewer, or empty when the feature has nothing to add. */
	Optional<BoardViews.Section> sectionFor(Board board, Post post, String postHref, CurrentUser viewer);
}
