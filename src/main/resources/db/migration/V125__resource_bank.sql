-- The resource bank: guides, forms and training material that partners and the county keep, as a link or a small
-- PDF document, by topic and audience. A resource with no organisation is the county's own. A document's bytes live
-- in a table of their own, so listing, searching and indexing resources never reads them.

CREATE SEQUENCE resource_id_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE resource (
    id                bigint        PRIMARY KEY,
    organisation_id   bigint        REFERENCES organisation (id),
    title_fi          varchar(255),
    title_sv          varchar(255),
    title_en          varchar(255),
    description_fi    varchar(2000),
    description_sv    varchar(2000),
    description_en    varchar(2000),
    topic             varchar(40)   NOT NULL CHECK (topic IN ('CAREGIVING', 'MEMORY', 'MOBILITY', 'LONELINESS',
                                        'NUTRITION', 'HOME_SAFETY', 'BENEFITS_AND_FORMS', 'VOLUNTEER_TRAINING')),
    audience          varchar(20)   NOT NULL CHECK (audience IN ('PUBLIC', 'PROFESSIONALS')),
    link_url          varchar(2048) CHECK (link_url LIKE 'https://%'),
    document_name     varchar(255),
    document_size     integer       CHECK (document_size > 0),
    document_sha256   varchar(64),
    status            varchar(20)   NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    created_at        timestamp(6) with time zone NOT NULL,
    updated_at        timestamp(6) with time zone NOT NULL,
    version           bigint        NOT NULL DEFAULT 0,
    CHECK (coalesce(title_fi, title_sv, title_en) IS NOT NULL),
    -- A link or a document, never both; a published resource has one of them.
    CHECK (link_url IS NULL OR document_name IS NULL),
    CHECK (status <> 'PUBLISHED' OR link_url IS NOT NULL OR document_name IS NOT NULL)
);
CREATE INDEX resource_organisation_idx ON resource (organisation_id);
CREATE INDEX resource_status_idx ON resource (status);

-- The bytes of a resource's PDF document (checked to be a PDF of at most the configured size before they get here)
-- and their SHA-256, which the resource row repeats for listings.
CREATE TABLE resource_document (
    resource_id bigint      PRIMARY KEY REFERENCES resource (id) ON DELETE CASCADE,
    content     bytea       NOT NULL,
    sha256      varchar(64) NOT NULL
);
