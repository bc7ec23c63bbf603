-- Importers: where activities come from (sources), every run over a source, and the provenance of each
-- imported activity. One activity can hold several provenances when two sources publish the same thing.

CREATE SEQUENCE import_source_id_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE import_source (
    id                        bigint       PRIMARY KEY,
    -- The name is the source's key in URLs, configuration and activity.source; it never changes.
    name                      varchar(63)  NOT NULL UNIQUE CHECK (name ~ '^[a-z0-9][a-z0-9-]*$'),
    type                      varchar(255) NOT NULL CHECK (type IN ('ICS', 'LINKED_EVENTS', 'HSDS', 'CSV')),
    url                       varchar(2048) NOT NULL,
    organisation_id           bigint       NOT NULL REFERENCES organisation (id),
    default_municipality_code varchar(3)   REFERENCES municipality (code),
    default_language          varchar(2)   NOT NULL DEFAULT 'fi' CHECK (default_language IN ('fi', 'sv', 'en')),
    sync_interval_minutes     integer      NOT NULL CHECK (sync_interval_minutes BETWEEN 5 AND 43200),
    enabled                   boolean      NOT NULL DEFAULT true,
    -- Declared in the deployment's configuration: configuration owns it, the admin API only reads it.
    declared                  boolean      NOT NULL DEFAULT false,
    created_at                timestamp(6) with time zone NOT NULL,
    updated_at                timestamp(6) with time zone NOT NULL,
    version                   bigint       NOT NULL DEFAULT 0
);
CREATE INDEX import_source_organisation_idx ON import_source (organisation_id);

CREATE TABLE import_source_category (
    source_id     bigint       NOT NULL REFERENCES import_source (id) ON DELETE CASCADE,
    category_code varchar(255) NOT NULL REFERENCES category (code),
    PRIMARY KEY (source_id, category_code)
);

CREATE TABLE import_source_target_group (
    source_id         bigint       NOT NULL REFERENCES import_source (id) ON DELETE CASCADE,
    target_group_code varchar(255) NOT NULL REFERENCES target_group (code),
    PRIMARY KEY (source_id, target_group_code)
);

CREATE SEQUENCE import_run_id_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE import_run (
    id              bigint       PRIMARY KEY,
    source_id       bigint       NOT NULL REFERENCES import_source (id) ON DELETE CASCADE,
    status          varchar(255) NOT NULL
                    CHECK (status IN ('RUNNING', 'SUCCEEDED', 'COMPLETED_WITH_FAILURES', 'FAILED', 'REFUSED')),
    trigger         varchar(255) NOT NULL CHECK (trigger IN ('STARTUP', 'SCHEDULE', 'MANUAL')),
    forced          boolean      NOT NULL DEFAULT false,
    requested_by    varchar(255),
    started_at      timestamp(6) with time zone NOT NULL,
    heartbeat_at    timestamp(6) with time zone NOT NULL,
    finished_at     timestamp(6) with time zone,
    total           integer,
    processed       integer      NOT NULL DEFAULT 0,
    created_count   integer      NOT NULL DEFAULT 0,
    updated_count   integer      NOT NULL DEFAULT 0,
    unchanged_count integer      NOT NULL DEFAULT 0,
    archived_count  integer      NOT NULL DEFAULT 0,
    failed_count    integer      NOT NULL DEFAULT 0,
    message         varchar(2000)
);
-- No two runs of one source at once, whichever instance started them.
CREATE UNIQUE INDEX import_run_one_running_idx ON import_run (source_id) WHERE status = 'RUNNING';
CREATE INDEX import_run_source_started_idx ON import_run (source_id, started_at DESC);

CREATE SEQUENCE import_run_failure_id_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE import_run_failure (
    id        bigint        PRIMARY KEY,
    run_id    bigint        NOT NULL REFERENCES import_run (id) ON DELETE CASCADE,
    origin_id varchar(255),
    reason    varchar(1000) NOT NULL,
    excerpt   varchar(1000)
);
CREATE INDEX import_run_failure_run_idx ON import_run_failure (run_id);

CREATE SEQUENCE activity_origin_id_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE activity_origin (
    id             bigint       PRIMARY KEY,
    activity_id    bigint       NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    source_id      bigint       NOT NULL REFERENCES import_source (id),
    origin_id      varchar(255) NOT NULL,
    -- SHA-256 of the record as Silta understood it: an unchanged record is not written again.
    content_hash   varchar(64)  NOT NULL,
    -- Normalised title and place, for finding the same activity published by another source.
    match_key      varchar(600) NOT NULL,
    -- The provenance whose record the activity's content is taken from; the others only vouch for it.
    primary_origin boolean      NOT NULL,
    first_seen_at  timestamp(6) with time zone NOT NULL,
    changed_at     timestamp(6) with time zone NOT NULL,
    -- When the record left its feed; null while the feed still has it.
    gone_at        timestamp(6) with time zone,
    version        bigint       NOT NULL DEFAULT 0,
    CONSTRAINT activity_origin_source_origin_unique UNIQUE (source_id, origin_id)
);
CREATE INDEX activity_origin_activity_idx ON activity_origin (activity_id);
CREATE INDEX activity_origin_match_idx ON activity_origin (match_key) WHERE gone_at IS NULL;
