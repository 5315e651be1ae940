-- Who may download a course material: anyone, the course's confirmed participants, or staff only
-- (an instructor guide with answers). Materials uploaded before this stay public, as they were.
alter table education_material add column audience varchar(20) default 'PUBLIC' not null;
