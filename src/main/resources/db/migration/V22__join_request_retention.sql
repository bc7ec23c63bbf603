-- A request to join holds its contact person's name, email, phone and message for the admin who decides. Once
-- the request is decided and some time has passed, they are no longer needed: the application clears them
-- (silta.organisations.request-contact-kept-for) and notes when.
ALTER TABLE organisation_request ALTER COLUMN contact_name DROP NOT NULL;
ALTER TABLE organisation_request ALTER COLUMN contact_email DROP NOT NULL;
ALTER TABLE organisation_request ADD COLUMN contact_erased_at timestamp(6) with time zone;
CREATE INDEX organisation_request_decided_idx ON organisation_request (decided_at) WHERE contact_erased_at IS NULL;
