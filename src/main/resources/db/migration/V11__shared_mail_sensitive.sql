-- Messages that carry a secret (a password reset link) lose their body once delivered.
alter table shared_mail_outbox add column sensitive boolean not null default false;
