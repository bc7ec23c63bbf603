-- One-time links through which a client answers the wellbeing self-report without signing in. Only a hash of the
-- link's random token is kept, so the table cannot be used to answer in a client's name; the token itself names
-- nobody. A link is spent by its first answer and is refused after its expiry.
CREATE SEQUENCE wellbeing_link_id_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE wellbeing_link (
    id          bigint       PRIMARY KEY,
    referral_id bigint       NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    round       varchar(31)  NOT NULL,
    token_hash  varchar(64)  NOT NULL UNIQUE,
    expires_at  timestamp(6) with time zone NOT NULL,
    used_at     timestamp(6) with time zone,
    created_by  varchar(255) NOT NULL,
    created_at  timestamp(6) with time zone NOT NULL
);
