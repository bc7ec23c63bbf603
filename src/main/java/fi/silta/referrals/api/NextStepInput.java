package fi.silta.referrals.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import fi.silta.referrals.CaseStep;

/** The next step the person working the case plans with the client, and by when. */
public record NextStepInput(@NotNull CaseStep step, @NotNull LocalDate dueOn) {
}
