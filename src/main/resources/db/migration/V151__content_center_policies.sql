-- A center may publish its own 개인정보처리방침 and 이용약관; center_id 0 is the network's, which apply
-- on every portal whose center has none. Versions are numbered per center and kind.
alter table content_policy_version add column center_id bigint not null default 0;
alter table content_policy_version drop constraint content_policy_version_number;
alter table content_policy_version add constraint content_policy_version_number unique (center_id, kind, version);
