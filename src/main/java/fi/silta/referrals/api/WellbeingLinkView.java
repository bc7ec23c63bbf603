package fi.silta.referrals.api;

import java.time.Instant;

import fi.silta.referrals.SelfReportRound;

/**
 * A one-time link for the client's self-report, to give to the client: shown once, when it is made (only its hash
 * is kept).
 */
public record WellbeingLinkView(SelfReportRound round, String url, Instant expiresAt) {
}
