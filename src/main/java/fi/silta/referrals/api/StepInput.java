package fi.silta.referrals.api;

import jakarta.validation.constraints.NotNull;

import fi.silta.referrals.CaseStep;

/** A step of the link-person's work with the client. */
public record StepInput(@NotNull CaseStep step) {
}
