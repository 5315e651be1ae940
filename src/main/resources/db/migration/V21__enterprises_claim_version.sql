-- Optimistic locking: two staff deciding the same claim at once cannot both succeed.
alter table enterprises_claim add column version bigint not null default 0;
