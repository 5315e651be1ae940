-- The phone channels (text, KakaoTalk 알림톡) a person switched on for a group of kinds. They cost the
-- center money and need a verified number, so unlike e-mail and in-app notices they are off without a row.
create table notification_channel_on (
    account_id bigint      not null,
    kind_group varchar(20) not null,
    channel    varchar(16) not null,
    constraint notification_channel_on_pk primary key (account_id, kind_group, channel)
);
