-- The index rebuild's status, one row shared by every instance: the rebuild an admin starts on one instance is
-- seen, and refused a second time, on every other. A rebuild is RUNNING while its instance keeps the heartbeat
-- fresh; one whose heartbeat has gone stale (its instance stopped) no longer blocks the next.

CREATE TABLE search_reindex (
    id           smallint     PRIMARY KEY CHECK (id = 1),
    status       varchar(16)  NOT NULL CHECK (status IN ('NONE', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    started_at   timestamp(6) with time zone,
    finished_at  timestamp(6) with time zone,
    heartbeat_at timestamp(6) with time zone,
    documents    bigint       NOT NULL DEFAULT 0,
    started_by   varchar(255),
    message      varchar(255)
);
INSERT INTO search_reindex (id, status) VALUES (1, 'NONE');
