-- A planned council meeting can be called off: when and why, so the public council page can say 취소 with the reason.
alter table governance_meeting add column cancelled_at timestamp with time zone;
alter table governance_meeting add column cancel_reason varchar(500);
alter table governance_meeting add constraint governance_meeting_cancel_reason
    check (cancelled_at is null or cancel_reason is not null);
