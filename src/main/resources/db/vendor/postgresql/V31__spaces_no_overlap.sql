-- PostgreSQL only (spring.flyway.locations adds db/vendor/{vendor}): the same guarantee as
-- the occupied cells, stated as a range exclusion, so even a row written without its cells
-- cannot overlap another live reservation of the space. btree_gist gives bigint "=" a gist
-- operator class; it is a trusted extension, so the database owner may create it.
create extension if not exists btree_gist;
alter table spaces_reservation add constraint spaces_reservation_no_overlap
    exclude using gist (space_id with =, tstzrange(starts_at, blocked_until) with &&)
    where (status in ('PENDING', 'CONFIRMED'));
