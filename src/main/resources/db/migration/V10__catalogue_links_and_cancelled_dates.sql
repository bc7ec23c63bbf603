-- Catalogue fields that imported activities need and Silta's own activities can use as well.

-- The organiser's own page about an activity (iCalendar URL, Linked Events info_url, HSDS url).
ALTER TABLE activity ADD COLUMN info_url varchar(2048);

-- A date of a schedule that is called off but still shown, as cancelled (iCalendar STATUS:CANCELLED on one
-- instance, a cancelled Linked Events sub-event).
CREATE TABLE schedule_cancelled_date (
    schedule_id bigint       NOT NULL REFERENCES schedule (id) ON DELETE CASCADE,
    starts_at   timestamp(6) NOT NULL,
    PRIMARY KEY (schedule_id, starts_at)
);
