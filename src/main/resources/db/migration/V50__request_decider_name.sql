-- The name an admin is known by, kept with the decision so the request's page can say who decided in words
-- people recognise; decided_by keeps the user name the audit trail names.
ALTER TABLE organisation_request ADD COLUMN decided_by_name varchar(255);
