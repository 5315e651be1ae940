-- One row per scheduled job (profile cluster): the node that holds the row until lock_until runs
-- the job, the others skip that round. Column names are the ones ShedLock's JDBC provider expects.
create table shared_scheduler_lock (
    name varchar(64) not null,
    lock_until timestamp not null,
    locked_at timestamp not null,
    locked_by varchar(255) not null,
    constraint shared_scheduler_lock_pk primary key (name)
);
