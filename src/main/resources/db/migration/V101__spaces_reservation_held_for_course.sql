-- A room held for a course session is marked as such: a deleted member's free rental has no
-- booker either, and must never be moved or freed through a course session.
alter table spaces_reservation add column held_for_course boolean not null default false;
