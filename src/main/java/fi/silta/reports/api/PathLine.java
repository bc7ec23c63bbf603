package fi.silta.reports.api;

/** One line of a client's path in words, as a page shows it: when, which referral, who in which role, what. */
public record PathLine(String at, long referralId, String who, String what) {
}
