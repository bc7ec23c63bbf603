package fi.silta.tasks.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fi.silta.common.validation.PlainText;

/** The host confirms a helper's part done with the hours worked and a short word of feedback. */
public record CompletionInput(
        @NotNull @DecimalMin(value = "0.25") @DecimalMax("24") @Digits(integer = 2, fraction = 2) BigDecimal hours,
        @Size(max = 500) @PlainText String feedback) {
}
