-- A call is a draft, seen only by the center's staff, until staff announce it (공고 게시).
-- Calls that exist already were public from the start: they count as announced when created.
alter table programs_call add column announced_at timestamp with time zone;
update programs_call set announced_at = created_at;
