package fi.silta.referrals.api;

import java.time.Instant;

/**
 * The change in one client's self-report between the start and the follow-up of a referral, as statistics see it:
 * the municipality, when the referral was sent, the WHO-5 change in percentage points (raw change × 4) and the
 * UCLA-3 change (negative is less lonely). No client, no staff, no single answer.
 */
public record WellbeingChange(String municipality, Instant referredAt, int who5Points, int ucla3Change) {
}
