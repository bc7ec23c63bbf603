package fi.silta.reports.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new survey of the county: its title and its questions, each answered on a scale of 1 to 5. */
public record SurveyInput(@NotNull @Valid SurveyText title,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid SurveyText> questions) {
}
