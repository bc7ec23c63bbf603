package fi.silta.referrals.api;

import java.time.Instant;
import java.time.LocalDate;

import fi.silta.referrals.CaseStep;

/** The planned next step of a case; {@code planned} false when it is derived from the last step. */
public record NextStepView(CaseStep step, LocalDate dueOn, boolean planned, String plannedBy, Instant plannedAt) {
}
