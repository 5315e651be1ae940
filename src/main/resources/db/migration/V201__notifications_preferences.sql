-- The channels a person switched off for a group of kinds; every channel is on without a row.
create table notification_channel_off (
    account_id bigint      not null,
    kind_group varchar(20) not null,
    channel    varchar(16) not null,
    constraint notification_channel_off_pk primary key (account_id, kind_group, channel)
);
