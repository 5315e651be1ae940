-- Signed-in sessions kept in the database (profile cluster, Spring Session JDBC), so any node
-- behind the load balancer serves a person who signed in on another. The tables exist in every
-- deployment (one schema, one migration history, whatever the profile); a single node keeps its
-- sessions in memory and leaves them empty. Column names are the ones Spring Session expects.
create table shared_session (
    primary_id char(36) not null,
    session_id char(36) not null,
    creation_time bigint not null,
    last_access_time bigint not null,
    max_inactive_interval int not null,
    expiry_time bigint not null,
    principal_name varchar(320),
    constraint shared_session_pk primary key (primary_id)
);
create unique index shared_session_ix1 on shared_session (session_id);
create index shared_session_ix2 on shared_session (expiry_time);
create index shared_session_ix3 on shared_session (principal_name);

create table shared_session_attributes (
    session_primary_id char(36) not null,
    attribute_name varchar(200) not null,
    attribute_bytes bytea not null,
    constraint shared_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint shared_session_attributes_fk foreign key (session_primary_id)
        references shared_session (primary_id) on delete cascade
);
