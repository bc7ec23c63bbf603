-- Audit trail and organisation sign-up.

-- Append-only: who did what to which record, when, and with what outcome. The application never updates
-- or deletes a row; "details" names changed fields, never their values, so it holds no personal data.
CREATE SEQUENCE audit_event_id_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE audit_event (
    id              bigint       PRIMARY KEY,
    occurred_at     timestamp(6) with time zone NOT NULL,
    actor           varchar(255) NOT NULL,
    operation       varchar(63)  NOT NULL,
    resource_type   varchar(63)  NOT NULL,
    resource_id     bigint,
    organisation_id bigint,
    outcome         varchar(31)  NOT NULL CHECK (outcome IN ('SUCCESS', 'DENIED', 'CONFLICT')),
    details         varchar(2000)
);
CREATE INDEX audit_event_resource_idx ON audit_event (resource_type, resource_id, occurred_at);
CREATE INDEX audit_event_organisation_idx ON audit_event (organisation_id, occurred_at);

-- A request from the public to list an organisation in Silta, decided by an admin.
CREATE SEQUENCE organisation_request_id_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE organisation_request (
    id                bigint        PRIMARY KEY,
    name              varchar(200)  NOT NULL,
    type              varchar(255)  NOT NULL,
    business_id       varchar(9),
    municipality_code varchar(3)    NOT NULL REFERENCES municipality (code),
    website           varchar(2048),
    contact_name      varchar(200)  NOT NULL,
    contact_email     varchar(254)  NOT NULL,
    contact_phone     varchar(40),
    message           varchar(2000),
    language          varchar(2)    NOT NULL DEFAULT 'fi' CHECK (language IN ('fi', 'sv', 'en')),
    status            varchar(31)   NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    decided_by        varchar(255),
    decided_at        timestamp(6) with time zone,
    decision_reason   varchar(2000),
    organisation_id   bigint        REFERENCES organisation (id),
    created_at        timestamp(6) with time zone NOT NULL,
    version           bigint        NOT NULL DEFAULT 0
);
CREATE INDEX organisation_request_status_idx ON organisation_request (status, created_at);
