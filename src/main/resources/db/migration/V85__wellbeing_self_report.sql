-- The client's self-report at the start of a referral and at its follow-up: WHO-5 (five items, 0-5) and the
-- three-item UCLA loneliness scale (1-3). The answers are client data: the application stores them encrypted in
-- one text column, bound to it like the other client data. One answer per referral and round; a second answer to
-- the same round replaces the first.
CREATE SEQUENCE wellbeing_answer_id_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE wellbeing_answer (
    id          bigint       PRIMARY KEY,
    referral_id bigint       NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    round       varchar(31)  NOT NULL,
    answers     text         NOT NULL,
    recorded_by varchar(255) NOT NULL,
    recorded_at timestamp(6) with time zone NOT NULL,
    CONSTRAINT wellbeing_answer_one_per_round UNIQUE (referral_id, round)
);
