-- A board's list and a post's previous/next read the board's posts in the order they are shown
-- (pinned first, newest first), so the database stops at the page instead of sorting the whole
-- board: one index in list order, one in date order (read backwards for the next newer post).
-- H2 reads an index in a query's order only when the order matches the index's directions (or all of
-- them turned round), which the ascending listing index of V110 did not.
create index content_post_board_list on content_post (board_id, pinned desc, publish_from desc, id desc);
create index content_post_board_dates on content_post (board_id, publish_from desc, id desc);
