package fi.silta.referrals.api;

/**
 * What waits for the signed-in user, counted: for a coordinator the queue and the county's overdue cases, for a
 * link-person their new (not yet accepted) and overdue cases, for a nurse their open referrals. Counts only: no
 * client is named.
 */
public record Waiting(long queued, long overdue, long newCases, long open) {
}
