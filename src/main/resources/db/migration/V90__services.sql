-- Ongoing services beside dated activities (meal delivery, home help, transport, caregiver respite, aids, peer
-- groups without dates), shaped after HSDS 3.0's service. What only professionals may read (how to refer, their
-- direct line, waiting time, notes) lives in a table of its own, so no public query can pick it up by accident.

CREATE SEQUENCE service_id_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE service (
    id                bigint        PRIMARY KEY,
    organisation_id   bigint        NOT NULL REFERENCES organisation (id),
    name_fi           varchar(255),
    name_sv           varchar(255),
    name_en           varchar(255),
    description_fi    text,
    description_sv    text,
    description_en    text,
    eligibility_fi    varchar(1000),
    eligibility_sv    varchar(1000),
    eligibility_en    varchar(1000),
    access            varchar(255)  NOT NULL DEFAULT 'OPEN' CHECK (access IN ('OPEN', 'APPLY', 'ORDER', 'REFERRAL')),
    access_info_fi    varchar(1000),
    access_info_sv    varchar(1000),
    access_info_en    varchar(1000),
    free              boolean       NOT NULL DEFAULT false,
    cost_fi           varchar(255),
    cost_sv           varchar(255),
    cost_en           varchar(255),
    opening_hours_fi  varchar(1000),
    opening_hours_sv  varchar(1000),
    opening_hours_en  varchar(1000),
    info_url          varchar(2048),
    contact_email     varchar(255),
    contact_phone     varchar(255),
    status            varchar(255)  NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    source            varchar(255)  NOT NULL,
    origin_id         varchar(255)  NOT NULL,
    content_hash      varchar(64),
    created_at        timestamp(6) with time zone NOT NULL,
    updated_at        timestamp(6) with time zone NOT NULL,
    version           bigint        NOT NULL DEFAULT 0,
    CONSTRAINT service_origin_unique UNIQUE (source, origin_id),
    CHECK (coalesce(name_fi, name_sv, name_en) IS NOT NULL)
);
CREATE INDEX service_organisation_idx ON service (organisation_id);
CREATE INDEX service_status_idx ON service (status);

-- The municipalities the service is given in (HSDS service_area).
CREATE TABLE service_area (
    service_id        bigint     NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    municipality_code varchar(3) NOT NULL REFERENCES municipality (code),
    PRIMARY KEY (service_id, municipality_code)
);
CREATE INDEX service_area_municipality_idx ON service_area (municipality_code);

-- Where the service is given (HSDS service_at_location); places are the organisation's own.
CREATE TABLE service_location (
    service_id bigint NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    place_id   bigint NOT NULL REFERENCES place (id),
    PRIMARY KEY (service_id, place_id)
);
CREATE INDEX service_location_place_idx ON service_location (place_id);

CREATE TABLE service_category (
    service_id    bigint       NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    category_code varchar(255) NOT NULL REFERENCES category (code),
    PRIMARY KEY (service_id, category_code)
);

CREATE TABLE service_target_group (
    service_id        bigint       NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    target_group_code varchar(255) NOT NULL REFERENCES target_group (code),
    PRIMARY KEY (service_id, target_group_code)
);

CREATE TABLE service_language (
    service_id bigint       NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    language   varchar(255) NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
    PRIMARY KEY (service_id, language)
);

CREATE TABLE service_accessibility (
    service_id bigint       NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    feature    varchar(255) NOT NULL,
    PRIMARY KEY (service_id, feature)
);

-- For professionals only: per service, or per organisation (service_id null) for what holds for all of its
-- services. Never read by a public page, the public API or an export.
CREATE SEQUENCE professional_info_id_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE professional_info (
    id              bigint        PRIMARY KEY,
    organisation_id bigint        NOT NULL REFERENCES organisation (id),
    service_id      bigint        UNIQUE REFERENCES service (id) ON DELETE CASCADE,
    how_to_refer    varchar(2000),
    contact_name    varchar(255),
    contact_phone   varchar(255),
    contact_email   varchar(255),
    waiting_time    varchar(255),
    notes           varchar(4000),
    updated_at      timestamp(6) with time zone NOT NULL
);
CREATE UNIQUE INDEX professional_info_organisation_unique ON professional_info (organisation_id)
    WHERE service_id IS NULL;
