-- A session held in one of the center's own rooms books that room through the spaces module
-- (docs/adr/0014): space_id is the room, space_reservation_id (V40) the booking that holds it.
-- Both are ids of another module's rows, so no foreign key.
alter table education_session add column space_id bigint;
