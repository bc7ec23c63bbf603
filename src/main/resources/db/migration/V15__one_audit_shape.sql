-- One shape for both audit trails: the change trail and the client-data access log now have the same columns
-- (when, who, in which role, what, which resource of which organisation, why, outcome, which fields), so one
-- record type writes and reads both. The trails stay apart: the access log is the register the law requires
-- for client data, exported on a client's request and kept when the data itself is erased.
ALTER TABLE audit_event ADD COLUMN actor_role varchar(31);
ALTER TABLE audit_event ADD COLUMN purpose varchar(255);

ALTER TABLE client_access RENAME COLUMN role TO actor_role;
ALTER TABLE client_access RENAME COLUMN action TO operation;
ALTER TABLE client_access RENAME COLUMN referral_id TO resource_id;
ALTER TABLE client_access ADD COLUMN resource_type varchar(63) NOT NULL DEFAULT 'referral';
ALTER TABLE client_access ALTER COLUMN resource_type DROP DEFAULT;
ALTER TABLE client_access ADD COLUMN organisation_id bigint;
ALTER TABLE client_access ADD COLUMN details varchar(2000);
ALTER TABLE client_access DROP CONSTRAINT client_access_outcome_check;
ALTER TABLE client_access ADD CONSTRAINT client_access_outcome_check
    CHECK (outcome IN ('SUCCESS', 'DENIED', 'CONFLICT'));
DROP INDEX client_access_referral_idx;
CREATE INDEX client_access_resource_idx ON client_access (resource_type, resource_id, occurred_at);

-- Both trails are append-only in the database itself, not only because the application never updates them.
CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP;
END;
$$;
DROP TRIGGER client_access_no_update ON client_access;
DROP TRIGGER client_access_no_truncate ON client_access;
DROP FUNCTION client_access_append_only();
CREATE TRIGGER client_access_no_update BEFORE UPDATE OR DELETE ON client_access
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER client_access_no_truncate BEFORE TRUNCATE ON client_access
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
