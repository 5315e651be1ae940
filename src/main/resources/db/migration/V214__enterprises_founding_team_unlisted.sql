-- A founding team (예비창업팀) registered on the pipeline board stays out of every public listing until it is founded.
alter table enterprises_organization add column founding_team boolean default false not null;
