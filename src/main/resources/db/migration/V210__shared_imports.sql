-- The kept uploads between an import's preview and its confirmation serve every module's
-- imports now (organizations, purchase records, books): the table moves to shared and says
-- which import an upload is for.
alter table enterprises_import rename to shared_import;
alter index enterprises_import_status rename to shared_import_status;
alter table shared_import add column purpose varchar(40) default 'organizations' not null;
