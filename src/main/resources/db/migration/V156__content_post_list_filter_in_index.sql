-- A board's list checks each post's visibility (hidden, private, publish period) while it walks the
-- board's index in list order. With those columns in the index too, the count and the skipped lines
-- of a deep page are decided from the index alone, without reading each post's row (with its text).
create index content_post_board_list_visible on content_post (board_id, pinned desc, publish_from desc, id desc, hidden,
    private_post, publish_until);
create index content_post_board_dates_visible on content_post (board_id, publish_from desc, id desc, hidden, private_post,
    publish_until);
drop index content_post_board_list;
drop index content_post_board_dates;
