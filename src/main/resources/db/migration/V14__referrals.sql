-- Wellbeing referrals (hyvinvointilähete), the link-person's work with the client, and the access log of
-- client data. Client names, identity code, phone, email and contact notes are stored encrypted
-- (AES-256-GCM, "v1:" + base64) by the application; the database never sees them in plain text.

CREATE SEQUENCE referral_id_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE referral (
    id                   bigint       PRIMARY KEY,
    status               varchar(31)  NOT NULL,
    step                 varchar(31),
    outcome              varchar(31),
    client_first_name    varchar(1000) NOT NULL,
    client_last_name     varchar(1000) NOT NULL,
    client_identity_code varchar(1000),
    -- A keyed hash (HMAC-SHA256) of the identity code, so an admin can find a client's referrals for a data
    -- request without the code being stored or searchable in plain text.
    client_code_index    varchar(64),
    client_birth_year    integer      CHECK (client_birth_year BETWEEN 1890 AND 2100),
    client_phone         varchar(1000),
    client_email         varchar(1000),
    municipality_code    varchar(3)   NOT NULL REFERENCES municipality (code),
    county_code          varchar(2)   NOT NULL REFERENCES county (code),
    client_language      varchar(2)   NOT NULL CHECK (client_language IN ('fi', 'sv', 'en')),
    interpreter_needed   boolean      NOT NULL DEFAULT false,
    context              varchar(63)  NOT NULL,
    interests            varchar(2000),
    occurrence_id        bigint       REFERENCES occurrence (id) ON DELETE SET NULL,
    link_person_needed   boolean      NOT NULL,
    link_person_reason   varchar(2000),
    urgency              varchar(31)  NOT NULL,
    nurse                varchar(255) NOT NULL,
    -- Where the nurse hears of the outcome; staff contact, not client data.
    nurse_email          varchar(254),
    unit                 varchar(255),
    assigned_to          varchar(255),
    assigned_at          timestamp(6) with time zone,
    last_contact_at      timestamp(6) with time zone,
    follow_up_on         date,
    pseudonymised        boolean      NOT NULL DEFAULT false,
    created_at           timestamp(6) with time zone NOT NULL,
    updated_at           timestamp(6) with time zone NOT NULL,
    closed_at            timestamp(6) with time zone,
    version              bigint       NOT NULL DEFAULT 0
);
CREATE INDEX referral_nurse_idx ON referral (nurse, created_at);
CREATE INDEX referral_assigned_idx ON referral (assigned_to, status);
CREATE INDEX referral_county_status_idx ON referral (county_code, status);
CREATE INDEX referral_client_code_idx ON referral (client_code_index);

CREATE TABLE referral_need (
    referral_id bigint      NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    need        varchar(31) NOT NULL,
    PRIMARY KEY (referral_id, need)
);

CREATE TABLE referral_activity (
    referral_id bigint NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    activity_id bigint NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    PRIMARY KEY (referral_id, activity_id)
);

CREATE TABLE referral_consent (
    referral_id bigint       NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    recipient   varchar(31)  NOT NULL,
    given       boolean      NOT NULL,
    recorded_at timestamp(6) with time zone NOT NULL,
    recorded_by varchar(255) NOT NULL,
    PRIMARY KEY (referral_id, recipient)
);

-- Every status change and step: who, when, why.
CREATE SEQUENCE referral_event_id_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE referral_event (
    id          bigint       PRIMARY KEY,
    referral_id bigint       NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    occurred_at timestamp(6) with time zone NOT NULL,
    actor       varchar(255) NOT NULL,
    role        varchar(31)  NOT NULL,
    from_status varchar(31),
    to_status   varchar(31),
    step        varchar(31),
    reason      varchar(2000)
);
CREATE INDEX referral_event_referral_idx ON referral_event (referral_id, occurred_at);

-- The link-person's contacts with the client. The note is client data and encrypted.
CREATE SEQUENCE referral_contact_id_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE referral_contact (
    id          bigint       PRIMARY KEY,
    referral_id bigint       NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    kind        varchar(31)  NOT NULL,
    contacted_on date        NOT NULL,
    note        varchar(8000),
    recorded_by varchar(255) NOT NULL,
    recorded_at timestamp(6) with time zone NOT NULL
);

-- Who read or wrote which client's data, when and why. The law requires the log; the database keeps it
-- append-only: no UPDATE, no DELETE, whatever the application does. It outlives the referral it names.
CREATE SEQUENCE client_access_id_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE client_access (
    id          bigint       PRIMARY KEY,
    occurred_at timestamp(6) with time zone NOT NULL,
    actor       varchar(255) NOT NULL,
    role        varchar(31)  NOT NULL,
    referral_id bigint,
    action      varchar(63)  NOT NULL,
    purpose     varchar(255) NOT NULL,
    outcome     varchar(31)  NOT NULL CHECK (outcome IN ('SUCCESS', 'DENIED'))
);
CREATE INDEX client_access_referral_idx ON client_access (referral_id, occurred_at);

CREATE FUNCTION client_access_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'client_access is append-only: % is not allowed', TG_OP;
END;
$$;
CREATE TRIGGER client_access_no_update BEFORE UPDATE OR DELETE ON client_access
    FOR EACH ROW EXECUTE FUNCTION client_access_append_only();
CREATE TRIGGER client_access_no_truncate BEFORE TRUNCATE ON client_access
    FOR EACH STATEMENT EXECUTE FUNCTION client_access_append_only();

-- Link-persons as coordinators know them: where they work, in which languages, how many cases they take.
CREATE TABLE link_person (
    username     varchar(255) PRIMARY KEY,
    display_name varchar(200) NOT NULL,
    email        varchar(254),
    capacity     integer      NOT NULL CHECK (capacity BETWEEN 0 AND 500),
    active       boolean      NOT NULL DEFAULT true,
    version      bigint       NOT NULL DEFAULT 0
);
CREATE TABLE link_person_municipality (
    username          varchar(255) NOT NULL REFERENCES link_person (username) ON DELETE CASCADE,
    municipality_code varchar(3)   NOT NULL REFERENCES municipality (code),
    PRIMARY KEY (username, municipality_code)
);
CREATE TABLE link_person_language (
    username varchar(255) NOT NULL REFERENCES link_person (username) ON DELETE CASCADE,
    language varchar(2)   NOT NULL,
    PRIMARY KEY (username, language)
);
