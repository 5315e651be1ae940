-- PostgreSQL only: the exclusion constraint of V31 alone keeps live reservations apart here,
-- and OccupiedCells no longer writes cells on a database that has it (ADR 0006). Cells written
-- before would never be released, so they go; the table stays for H2 and is empty here.
delete from spaces_occupied_cell;
