-- Activities available continuously without dates (a helpline, an always-open online group). They are
-- found without an upcoming session, but never by a search for particular days or times.
ALTER TABLE activity ADD COLUMN ongoing boolean NOT NULL DEFAULT false;
