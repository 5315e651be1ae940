-- Each board keeps the number of its own listed posts (not hidden, not private), as Gnuboard keeps
-- bo_count_write: a list's "N건" then reads one row and the few posts outside their publishing
-- period instead of walking every post of the board. The application recounts it from the posts in
-- the transaction of every write of a post.
alter table content_board add column listed_posts integer default 0 not null;
update content_board set listed_posts = (select count(*) from content_post p
    where p.board_id = content_board.id and p.hidden = false and p.private_post = false);
-- the posts whose publishing ended, found without walking the board's other posts
create index content_post_board_until on content_post (board_id, publish_until);
