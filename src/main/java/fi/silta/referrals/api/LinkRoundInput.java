package fi.silta.referrals.api;

import jakarta.validation.constraints.NotNull;

import fi.silta.referrals.SelfReportRound;

/** Which round of the self-report a one-time link is for. */
public record LinkRoundInput(@NotNull SelfReportRound round) {
}
