-- An issue sent during the quiet hours (21:00 to 08:00 Seoul time, 정보통신망법 제50조) waits until 08:00.
alter table content_newsletter_issue add column due_at timestamp with time zone;
