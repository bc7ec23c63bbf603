-- Free text about a client (the nurse's notes on interests and why a link-person is needed, and the reasons typed
-- at each status change or return) is client data like the names: from now on the application stores it
-- encrypted. Rows written before this version hold plain text; they are marked "plain:" so that the application
-- reads them as what they are, and the admin's re-encryption command (docs/security.md) encrypts them.
--
-- Encrypted columns become text: the encrypted form of a value is longer than the value (UTF-8, then the nonce,
-- the tag, base64 and a key id), and a value within its limit in characters must never fail on its column's
-- size. The limits are those of the input, in characters.
ALTER TABLE referral ALTER COLUMN client_first_name TYPE text;
ALTER TABLE referral ALTER COLUMN client_last_name TYPE text;
ALTER TABLE referral ALTER COLUMN client_identity_code TYPE text;
ALTER TABLE referral ALTER COLUMN client_phone TYPE text;
ALTER TABLE referral ALTER COLUMN client_email TYPE text;
ALTER TABLE referral ALTER COLUMN interests TYPE text;
ALTER TABLE referral ALTER COLUMN link_person_reason TYPE text;
ALTER TABLE referral_event ALTER COLUMN reason TYPE text;
ALTER TABLE referral_contact ALTER COLUMN note TYPE text;

UPDATE referral SET interests = 'plain:' || interests WHERE interests IS NOT NULL;
UPDATE referral SET link_person_reason = 'plain:' || link_person_reason WHERE link_person_reason IS NOT NULL;
UPDATE referral_event SET reason = 'plain:' || reason WHERE reason IS NOT NULL;

-- The coordinator who gave the case to its link-person: the one coordinator who reads its contact log.
ALTER TABLE referral ADD COLUMN assigned_by varchar(255);
UPDATE referral r SET assigned_by = (SELECT e.actor FROM referral_event e WHERE e.referral_id = r.id
    AND e.role = 'coordinator' AND e.reason LIKE 'plain:assigned to %' ORDER BY e.occurred_at DESC, e.id DESC
    LIMIT 1)
WHERE r.assigned_to IS NOT NULL;
