-- The application connects as its own role, not as the one that owns the schema and runs these migrations. The
-- runtime role reads and writes rows; it cannot alter or drop tables, so it cannot switch off the triggers that
-- keep the audit trails append-only, and it may only add to those trails.
GRANT USAGE ON SCHEMA public TO ${runtime_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${runtime_role};
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${runtime_role};
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event, client_access FROM ${runtime_role};
-- Tables and sequences of later migrations get the same rights; a migration adding an audit table revokes again.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${runtime_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${runtime_role};
