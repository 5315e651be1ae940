-- What the providers report after they took a text or 알림톡: delivered to the handset or failed, with the
-- provider's code and time; which provider took it (its codes are read with its own code table); and
-- when to ask again while the result is still on its way.
alter table notification_delivery add column provider varchar(16);
alter table notification_delivery add column result_at timestamp with time zone;
alter table notification_delivery add column result_checks integer default 0 not null;
alter table notification_delivery add column next_check_at timestamp with time zone;
