-- The text inside an attachment (HWP, HWPX, PDF, DOCX), read once when it is stored, for the
-- site search. text_read_at stays null until the file was read (successfully or not), so the
-- files of posts written before this version are read once after the upgrade.
alter table content_attachment add column extracted_text varchar(200000);
alter table content_attachment add column text_read_at timestamp with time zone;
