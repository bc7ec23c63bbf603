package fi.silta.referrals.api;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of the contact log. */
public record ContactView(long id, String kind, LocalDate date, String note, String recordedBy, Instant recordedAt) {
}
