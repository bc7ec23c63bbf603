-- Residents' voice: a county's anonymous surveys of coping and participation, and residents telling what activity
-- is missing near them. No account, no identifier, no address, no free text: an answer holds its municipality, an
-- age band, the month and the scores; a wish its municipality, the kind of activity and the month.

CREATE SEQUENCE survey_id_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE survey (
    id          bigint       PRIMARY KEY,
    county_code varchar(2)   NOT NULL REFERENCES county (code),
    title_fi    varchar(200) NOT NULL,
    title_sv    varchar(200),
    title_en    varchar(200),
    open        boolean      NOT NULL DEFAULT true,
    created_by  varchar(255) NOT NULL,
    created_at  timestamp(6) with time zone NOT NULL
);

-- The questions of a survey, in order; each is answered on a scale of 1 (not at all) to 5 (fully).
CREATE TABLE survey_question (
    survey_id bigint       NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
    position  integer      NOT NULL,
    text_fi   varchar(500) NOT NULL,
    text_sv   varchar(500),
    text_en   varchar(500),
    PRIMARY KEY (survey_id, position)
);

CREATE SEQUENCE survey_answer_id_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE survey_answer (
    id                bigint      PRIMARY KEY,
    survey_id         bigint      NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
    municipality_code varchar(3)  NOT NULL REFERENCES municipality (code),
    age_band          varchar(31) NOT NULL,
    -- The first day of the month answered in: no finer time that could tie an answer to a visit.
    answered_in       date        NOT NULL
);
CREATE INDEX survey_answer_survey_idx ON survey_answer (survey_id);

CREATE TABLE survey_answer_score (
    answer_id bigint  NOT NULL REFERENCES survey_answer (id) ON DELETE CASCADE,
    position  integer NOT NULL,
    score     integer NOT NULL CHECK (score BETWEEN 1 AND 5),
    PRIMARY KEY (answer_id, position)
);

CREATE SEQUENCE activity_wish_id_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE activity_wish (
    id                bigint      PRIMARY KEY,
    municipality_code varchar(3)  NOT NULL REFERENCES municipality (code),
    need              varchar(31) NOT NULL,
    wished_in         date        NOT NULL
);
CREATE INDEX activity_wish_municipality_idx ON activity_wish (municipality_code, need);
