-- Ongoing services (meal delivery, home help, transport...) a nurse or a link-person names on a referral beside its
-- activities: only the service's id, who named it and when. Nothing about the client; it goes with the referral.
CREATE TABLE referral_service (
    referral_id bigint       NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    service_id  bigint       NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    added_by    varchar(255) NOT NULL,
    added_at    timestamp(6) with time zone NOT NULL,
    PRIMARY KEY (referral_id, service_id)
);
CREATE INDEX referral_service_service_idx ON referral_service (service_id);
