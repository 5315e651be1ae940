-- What `import gnuboard` brought from a center's Gnuboard5 site, so a second run adds only what
-- is new and old addresses (/bbs/board.php?bo_table=X&wr_id=N) lead to the new pages.

-- A Gnuboard board (bo_table) and the board of the center it went into.
create table content_gnuboard_board (
    center_id          bigint        not null,
    bo_table           varchar(20)   not null,
    board_id           bigint        not null references content_board (id),
    -- the old site's host name (www.example.or.kr), when the operator gave it, so old links
    -- arriving on that host find this center even where several centers imported a board of the same name
    old_host           varchar(255),
    imported_at        timestamp with time zone not null,
    primary key (center_id, bo_table)
);
create index content_gnuboard_board_table on content_gnuboard_board (bo_table, imported_at);

-- A row of g5_write_<bo_table> that became a post or a comment (comment_id > 0).
create table content_gnuboard_row (
    center_id          bigint        not null,
    bo_table           varchar(20)   not null,
    wr_id              bigint        not null,
    post_id            bigint        not null references content_post (id) on delete cascade,
    comment_id         bigint        not null default 0,
    primary key (center_id, bo_table, wr_id)
);
