-- The next step the person working a case planned with the client (what, by when), shown instead of the step
-- derived from the last one. A choice from the steps and a date: no free text about the client.
CREATE TABLE referral_next_step (
    referral_id bigint       PRIMARY KEY REFERENCES referral (id) ON DELETE CASCADE,
    step        varchar(31)  NOT NULL,
    due_on      date         NOT NULL,
    planned_by  varchar(255) NOT NULL,
    planned_at  timestamp(6) with time zone NOT NULL
);
