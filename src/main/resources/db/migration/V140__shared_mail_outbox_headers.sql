-- Extra header lines a message carries (for example List-Unsubscribe on a newsletter), one
-- "Name: value" per line, and a tag that groups the messages of one mailing so its sender can
-- count what was delivered.
alter table shared_mail_outbox add column headers varchar(2000);
alter table shared_mail_outbox add column tag varchar(100);
create index shared_mail_outbox_tag on shared_mail_outbox (tag, status);
