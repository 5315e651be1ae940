-- Some public lists (the 자활기업 list, a center's own list) have no business number column:
-- their organizations are kept by normalized name and road address until a later list brings
-- the number, which the import then fills in.
alter table enterprises_organization alter column business_number drop not null;
alter table enterprises_organization alter column business_number_raw drop not null;
