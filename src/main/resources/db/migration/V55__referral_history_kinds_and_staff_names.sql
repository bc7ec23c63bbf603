-- A referral's history says what happened in the reader's language: each event records its kind (written, moved,
-- step, activities changed, assigned, given back, corrected) and, where the kind needs one, a detail that is not
-- client data (the link-person's user name, the names of corrected fields). The reason column stays for what staff
-- typed. Events written before this version carry no kind; the application reads it from the event's statuses.
ALTER TABLE referral_event ADD COLUMN kind varchar(20);
ALTER TABLE referral_event ADD COLUMN detail varchar(500);

-- The names staff go by, as their identity provider last gave them, so pages name people instead of showing
-- user names. Staff names are not client data.
CREATE TABLE staff_name (
    username     varchar(255) PRIMARY KEY,
    display_name varchar(200) NOT NULL,
    seen_at      timestamp(6) with time zone NOT NULL
);
