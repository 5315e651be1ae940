-- A member deletes their own post or comment on the 자유게시판, or withdraws an unanswered question:
-- the row stays (hidden) with the moment it was deleted, so staff can still see what happened.
alter table content_post add column deleted_at timestamp with time zone;
alter table content_comment add column deleted_at timestamp with time zone;
