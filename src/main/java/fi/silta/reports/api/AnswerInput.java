package fi.silta.reports.api;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fi.silta.reports.surveys.AgeBand;

/** A resident's answer: their municipality (code), age band and a score of 1 to 5 for each question in order. */
public record AnswerInput(@NotNull @Pattern(regexp = "[0-9]{3}") String municipality, @NotNull AgeBand ageBand,
        @NotNull @Size(min = 1, max = 20) List<@NotNull @Min(1) @Max(5) Integer> scores) {
}
