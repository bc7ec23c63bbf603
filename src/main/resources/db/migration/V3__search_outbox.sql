-- Hibernate Search outbox-polling coordination (Hibernate Search 8.2): entity changes are written to
-- an outbox table in the same transaction and indexed by background processors, so several Silta
-- instances can share one database and one index without losing an update. Agents register here
-- to share the work. Layout as Hibernate Search expects it; only Hibernate Search reads these tables.

CREATE TABLE hsearch_agent (
    id                 uuid         NOT NULL PRIMARY KEY,
    type               varchar(255) NOT NULL CHECK (type IN ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    name               varchar(255) NOT NULL,
    expiration         timestamp(6) with time zone NOT NULL,
    state              varchar(255) NOT NULL CHECK (state IN ('RUNNING', 'WAITING', 'SUSPENDED')),
    totalshardcount    integer,
    assignedshardindex integer,
    tenantid           varchar(255),
    payload            bytea
);

CREATE TABLE hsearch_outbox_event (
    id           uuid         NOT NULL PRIMARY KEY,
    entityname   varchar(256) NOT NULL,
    entityid     varchar(256) NOT NULL,
    entityidhash integer      NOT NULL,
    payload      bytea        NOT NULL,
    retries      integer      NOT NULL,
    processafter timestamp(6) with time zone NOT NULL,
    status       varchar(255) NOT NULL CHECK (status IN ('PENDING', 'ABORTED')),
    tenantid     varchar(255)
);
CREATE INDEX hsearch_outbox_event_processafter_idx ON hsearch_outbox_event (processafter);
