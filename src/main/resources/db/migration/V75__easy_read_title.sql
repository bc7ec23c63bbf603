-- A plain-language (selkokieli, lättläst) title beside the plain-language summary that easy_read_* already holds,
-- written by publishers per language; as long as the ordinary title.
ALTER TABLE activity
    ADD COLUMN easy_read_title_fi varchar(255),
    ADD COLUMN easy_read_title_sv varchar(255),
    ADD COLUMN easy_read_title_en varchar(255);
