-- A person's secret iCal subscription address: only the SHA-256 hash of its token is kept,
-- so the address is shown once; making a new one replaces the old.
create table spaces_feed_token (
    account_id   bigint primary key,
    token_hash   varchar(64) not null unique,
    created_at   timestamp with time zone not null
);
