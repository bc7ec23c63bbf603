-- The activity catalogue: organisations, places, activities, their schedules and concrete occurrences.
-- Texts in Finnish, Swedish and English are columns side by side (name_fi, name_sv, name_en); any may be
-- missing but not all.

CREATE TABLE category (
    code       varchar(255) PRIMARY KEY,
    label_fi   varchar(255) NOT NULL,
    label_sv   varchar(255) NOT NULL,
    label_en   varchar(255) NOT NULL,
    sort_order integer      NOT NULL
);

INSERT INTO category (code, label_fi, label_sv, label_en, sort_order) VALUES
    ('PHYSICAL_ACTIVITY', 'Liikunta', 'Motion', 'Physical activity', 10),
    ('OUTDOORS', 'Ulkoilu ja luonto', 'Friluftsliv och natur', 'Outdoors and nature', 20),
    ('PEER_SUPPORT', 'Vertaistuki', 'Kamratstöd', 'Peer support', 30),
    ('SOCIAL', 'Kohtaamispaikat ja yhdessäolo', 'Mötesplatser och gemenskap', 'Meeting places and company', 40),
    ('CULTURE', 'Kulttuuri', 'Kultur', 'Culture', 50),
    ('MUSIC', 'Musiikki ja laulu', 'Musik och sång', 'Music and singing', 60),
    ('CRAFTS', 'Käsityöt ja taide', 'Hantverk och konst', 'Crafts and art', 70),
    ('LEARNING', 'Opiskelu ja luennot', 'Studier och föreläsningar', 'Learning and talks', 80),
    ('DIGITAL_SUPPORT', 'Digituki', 'Digistöd', 'Digital support', 90),
    ('MENTAL_WELLBEING', 'Mielen hyvinvointi', 'Psykiskt välbefinnande', 'Mental wellbeing', 100),
    ('MEMORY', 'Muisti', 'Minne', 'Memory', 110),
    ('FINANCES', 'Talous- ja velkaneuvonta', 'Ekonomi- och skuldrådgivning', 'Money and debt advice', 120),
    ('EMPLOYMENT', 'Työ ja osallisuus', 'Arbete och delaktighet', 'Work and participation', 130),
    ('CAREGIVER_SUPPORT', 'Omaishoitajien tuki', 'Stöd för närståendevårdare', 'Support for family caregivers', 140),
    ('SPIRITUAL', 'Hengellinen toiminta', 'Andlig verksamhet', 'Spiritual activities', 150),
    ('VOLUNTEERING', 'Vapaaehtoistoiminta', 'Frivilligverksamhet', 'Volunteering', 160),
    ('FOOD', 'Ruoka-apu ja yhteiset ateriat', 'Matstöd och gemensamma måltider', 'Food aid and shared meals', 170),
    ('HEALTH_ADVICE', 'Terveysneuvonta', 'Hälsorådgivning', 'Health advice', 180);

CREATE TABLE target_group (
    code       varchar(255) PRIMARY KEY,
    label_fi   varchar(255) NOT NULL,
    label_sv   varchar(255) NOT NULL,
    label_en   varchar(255) NOT NULL,
    sort_order integer      NOT NULL
);

INSERT INTO target_group (code, label_fi, label_sv, label_en, sort_order) VALUES
    ('SENIORS', 'Ikääntyneet', 'Äldre', 'Older people', 10),
    ('FAMILY_CAREGIVERS', 'Omaishoitajat', 'Närståendevårdare', 'Family caregivers', 20),
    ('UNEMPLOYED', 'Työttömät', 'Arbetslösa', 'Unemployed people', 30),
    ('PARTIAL_WORK_ABILITY', 'Osatyökykyiset', 'Personer med partiell arbetsförmåga', 'People with partial work ability', 40),
    ('FAMILIES', 'Lapsiperheet', 'Barnfamiljer', 'Families with children', 50),
    ('YOUTH', 'Nuoret', 'Unga', 'Young people', 60),
    ('ADULTS', 'Työikäiset', 'Personer i arbetsför ålder', 'Working-age adults', 70),
    ('IMMIGRANTS', 'Maahan muuttaneet', 'Invandrare', 'Immigrants', 80),
    ('PEOPLE_WITH_DISABILITIES', 'Vammaiset henkilöt', 'Personer med funktionsnedsättning', 'People with disabilities', 90),
    ('MENTAL_HEALTH_REHAB', 'Mielenterveyskuntoutujat', 'Rehabiliteringsklienter inom psykisk hälsa', 'People in mental health rehabilitation', 100),
    ('MEMORY_DISORDERS', 'Muistisairaat ja läheiset', 'Personer med minnessjukdom och anhöriga', 'People with memory disorders and their families', 110),
    ('EVERYONE', 'Kaikki', 'Alla', 'Everyone', 120);

CREATE SEQUENCE organisation_id_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE organisation (
    id          bigint       PRIMARY KEY,
    name_fi     varchar(255),
    name_sv     varchar(255),
    name_en     varchar(255),
    type        varchar(255) NOT NULL CHECK (type IN ('WELLBEING_COUNTY', 'MUNICIPALITY', 'PARISH', 'NGO', 'COMPANY', 'OTHER')),
    business_id varchar(255) UNIQUE CHECK (business_id ~ '^[0-9]{7}-[0-9]$'),
    county_code varchar(2)   REFERENCES county (code),
    email       varchar(255),
    phone       varchar(255),
    website     varchar(255),
    verified    boolean      NOT NULL DEFAULT false,
    created_at  timestamp(6) with time zone NOT NULL,
    updated_at  timestamp(6) with time zone NOT NULL,
    version     bigint       NOT NULL DEFAULT 0,
    CHECK (coalesce(name_fi, name_sv, name_en) IS NOT NULL)
);

CREATE TABLE organisation_municipality (
    organisation_id   bigint     NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    municipality_code varchar(3) NOT NULL REFERENCES municipality (code),
    PRIMARY KEY (organisation_id, municipality_code)
);
CREATE INDEX organisation_municipality_code_idx ON organisation_municipality (municipality_code);

CREATE SEQUENCE place_id_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE place (
    id                   bigint       PRIMARY KEY,
    organisation_id      bigint       NOT NULL REFERENCES organisation (id),
    name_fi              varchar(255),
    name_sv              varchar(255),
    name_en              varchar(255),
    street_address       varchar(255),
    postal_code          varchar(255) CHECK (postal_code ~ '^[0-9]{5}$'),
    municipality_code    varchar(3)   REFERENCES municipality (code),
    latitude             double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude            double precision CHECK (longitude BETWEEN -180 AND 180),
    address_confidential boolean      NOT NULL DEFAULT false,
    version              bigint       NOT NULL DEFAULT 0,
    CHECK (coalesce(name_fi, name_sv, name_en) IS NOT NULL),
    CHECK ((latitude IS NULL) = (longitude IS NULL))
);
CREATE INDEX place_organisation_idx ON place (organisation_id);

CREATE TABLE place_accessibility (
    place_id bigint       NOT NULL REFERENCES place (id) ON DELETE CASCADE,
    feature  varchar(255) NOT NULL,
    PRIMARY KEY (place_id, feature)
);

CREATE SEQUENCE activity_id_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE activity (
    id                 bigint       PRIMARY KEY,
    organisation_id    bigint       NOT NULL REFERENCES organisation (id),
    place_id           bigint       REFERENCES place (id),
    online             boolean      NOT NULL DEFAULT false,
    online_url         varchar(2048),
    title_fi           varchar(255),
    title_sv           varchar(255),
    title_en           varchar(255),
    summary_fi         varchar(1000),
    summary_sv         varchar(1000),
    summary_en         varchar(1000),
    description_fi     text,
    description_sv     text,
    description_en     text,
    easy_read_fi       varchar(2000),
    easy_read_sv       varchar(2000),
    easy_read_en       varchar(2000),
    age_min            integer      CHECK (age_min BETWEEN 0 AND 120),
    age_max            integer      CHECK (age_max BETWEEN 0 AND 120),
    free               boolean      NOT NULL DEFAULT false,
    price_fi           varchar(255),
    price_sv           varchar(255),
    price_en           varchar(255),
    registration       varchar(255) NOT NULL DEFAULT 'NONE' CHECK (registration IN ('NONE', 'REQUIRED')),
    registration_url   varchar(2048),
    registration_phone varchar(255),
    capacity           integer      CHECK (capacity > 0),
    contact_name       varchar(255),
    contact_email      varchar(255),
    contact_phone      varchar(255),
    status             varchar(255) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    source             varchar(255) NOT NULL,
    origin_id          varchar(255) NOT NULL,
    last_verified_at   timestamp(6) with time zone,
    created_at         timestamp(6) with time zone NOT NULL,
    updated_at         timestamp(6) with time zone NOT NULL,
    version            bigint       NOT NULL DEFAULT 0,
    CONSTRAINT activity_origin_unique UNIQUE (source, origin_id),
    CHECK (coalesce(title_fi, title_sv, title_en) IS NOT NULL),
    CHECK (age_min IS NULL OR age_max IS NULL OR age_min <= age_max)
);
CREATE INDEX activity_organisation_idx ON activity (organisation_id);
CREATE INDEX activity_place_idx ON activity (place_id);
CREATE INDEX activity_status_idx ON activity (status);

CREATE TABLE activity_category (
    activity_id   bigint       NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    category_code varchar(255) NOT NULL REFERENCES category (code),
    PRIMARY KEY (activity_id, category_code)
);

CREATE TABLE activity_target_group (
    activity_id       bigint       NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    target_group_code varchar(255) NOT NULL REFERENCES target_group (code),
    PRIMARY KEY (activity_id, target_group_code)
);

CREATE TABLE activity_language (
    activity_id bigint       NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    language    varchar(255) NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
    PRIMARY KEY (activity_id, language)
);

CREATE TABLE activity_accessibility (
    activity_id bigint       NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    feature     varchar(255) NOT NULL,
    PRIMARY KEY (activity_id, feature)
);

CREATE SEQUENCE schedule_id_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE schedule (
    id               bigint       PRIMARY KEY,
    activity_id      bigint       NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    first_start      timestamp(6) NOT NULL,
    duration_minutes integer      NOT NULL CHECK (duration_minutes BETWEEN 0 AND 44640),
    all_day          boolean      NOT NULL DEFAULT false,
    rrule            varchar(1000),
    time_zone        varchar(255) NOT NULL DEFAULT 'Europe/Helsinki'
);
CREATE INDEX schedule_activity_idx ON schedule (activity_id);

CREATE TABLE schedule_extra_date (
    schedule_id bigint       NOT NULL REFERENCES schedule (id) ON DELETE CASCADE,
    starts_at   timestamp(6) NOT NULL,
    PRIMARY KEY (schedule_id, starts_at)
);

CREATE TABLE schedule_exception (
    schedule_id bigint       NOT NULL REFERENCES schedule (id) ON DELETE CASCADE,
    starts_at   timestamp(6) NOT NULL,
    PRIMARY KEY (schedule_id, starts_at)
);

CREATE SEQUENCE occurrence_id_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE occurrence (
    id          bigint  PRIMARY KEY,
    activity_id bigint  NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    schedule_id bigint  NOT NULL REFERENCES schedule (id) ON DELETE CASCADE,
    starts_at   timestamp(6) with time zone NOT NULL,
    ends_at     timestamp(6) with time zone NOT NULL,
    cancelled   boolean NOT NULL DEFAULT false,
    CONSTRAINT occurrence_schedule_start_unique UNIQUE (schedule_id, starts_at),
    CHECK (ends_at >= starts_at)
);
CREATE INDEX occurrence_activity_start_idx ON occurrence (activity_id, starts_at);

-- Publishers may edit the activities of the organisations they belong to.
CREATE TABLE organisation_member (
    organisation_id bigint       NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    username        varchar(255) NOT NULL,
    PRIMARY KEY (organisation_id, username)
);
