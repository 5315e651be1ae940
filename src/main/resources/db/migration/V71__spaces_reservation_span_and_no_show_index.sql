-- A reservation holds at most a day and four hours (bookings are up to 24 h, the buffer up to 4 h).
-- With that bound the overlap check before a booking reads only the reservations of the space that
-- start less than that before the asked time, not every one the space ever had.
alter table spaces_reservation add constraint spaces_reservation_span
    check (blocked_until <= starts_at + interval '28' hour);

-- The no-show ban reads an account's no-shows of the last months, not every reservation it made.
create index spaces_reservation_account_status on spaces_reservation (account_id, status, starts_at);
