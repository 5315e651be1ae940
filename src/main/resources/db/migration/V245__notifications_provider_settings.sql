-- A center's account with an SMS / KakaoTalk 알림톡 provider (the center pays for its own sender number and
-- KakaoTalk channel). Secrets are never stored: the settings name the environment variables that hold them.
create table notification_provider_settings (
    center_id          bigint       primary key,
    provider           varchar(16)  not null,
    sender_number      varchar(20)  not null,
    kakao_sender       varchar(100),
    text_key           varchar(100) not null,
    text_secret_var    varchar(100) not null,
    kakao_key          varchar(100),
    kakao_secret_var   varchar(100),
    rate_per_minute    integer      not null,
    updated_at         timestamp with time zone not null
);

-- Per center and kind: the 알림톡 template registered with KakaoTalk, how its variables are filled, and
-- whether a 알림톡 the provider refuses goes again as a text message.
create table notification_provider_template (
    center_id      bigint        not null,
    kind           varchar(40)   not null,
    template_code  varchar(100)  not null,
    variables      varchar(1000) not null,
    sms_fallback   boolean       not null,
    constraint notification_provider_template_pk primary key (center_id, kind)
);
