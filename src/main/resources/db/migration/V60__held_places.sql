-- A place held for a referred client in one session of an activity: it counts against the session's capacity
-- until it expires, is released (the referral closes, the client declines) or the session takes place. The
-- session's time and activity are kept here too, so a session the organiser moves or deletes is still known to
-- the referral that planned it. The check-in code is random: it names the place, never the client.
CREATE SEQUENCE held_place_id_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE held_place (
    id                    bigint       PRIMARY KEY,
    referral_id           bigint       NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    activity_id           bigint       NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    organisation_id       bigint       NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    occurrence_id         bigint       REFERENCES occurrence (id) ON DELETE SET NULL,
    starts_at             timestamp(6) with time zone NOT NULL,
    ends_at               timestamp(6) with time zone NOT NULL,
    status                varchar(31)  NOT NULL,
    held_until            timestamp(6) with time zone NOT NULL,
    check_in_code         varchar(16)  NOT NULL UNIQUE,
    check_in_until        timestamp(6) with time zone NOT NULL,
    companion             boolean      NOT NULL DEFAULT false,
    interpreter           boolean      NOT NULL DEFAULT false,
    confirmed_by          varchar(255),
    confirmed_at          timestamp(6) with time zone,
    session_called_off_at timestamp(6) with time zone,
    reminded_at           timestamp(6) with time zone,
    created_at            timestamp(6) with time zone NOT NULL,
    updated_at            timestamp(6) with time zone NOT NULL,
    version               bigint       NOT NULL DEFAULT 0
);
CREATE INDEX held_place_referral_idx ON held_place (referral_id);
CREATE INDEX held_place_occurrence_idx ON held_place (occurrence_id, status);
CREATE INDEX held_place_organisation_idx ON held_place (organisation_id, starts_at);
CREATE INDEX held_place_status_idx ON held_place (status, held_until);

-- A session may hold fewer (or more) places than its activity; null follows the activity.
ALTER TABLE occurrence ADD COLUMN capacity integer CHECK (capacity > 0);

-- The nurse of a referral without a link-person is reminded once on its follow-up day.
CREATE TABLE referral_follow_up_notice (
    referral_id bigint PRIMARY KEY REFERENCES referral (id) ON DELETE CASCADE,
    sent_at     timestamp(6) with time zone NOT NULL
);
