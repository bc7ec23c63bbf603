package fi.silta.referrals.api;

import java.time.Instant;
import java.time.LocalDate;

import fi.silta.referrals.ContactKind;

/** One entry of the contact log. */
public record ContactView(long id, ContactKind kind, LocalDate date, String note, String recordedBy,
        Instant recordedAt) {
}
