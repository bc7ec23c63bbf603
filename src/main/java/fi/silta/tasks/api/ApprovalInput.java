package fi.silta.tasks.api;

import java.time.LocalDate;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotNull;

/** Approves a helper until a day, after which the vetting organisation approves them again. */
public record ApprovalInput(@NotNull @Future LocalDate until) {
}
