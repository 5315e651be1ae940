-- A text addressed to a mobile number (a verification code) rather than to a person's channels:
-- it goes to that number only and is no in-app notice.
alter table notification_message add column phone varchar(20);
