package fi.silta.reports.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import fi.silta.common.validation.PlainText;

/** A survey's title or question in Finnish and, optionally, Swedish and English. */
public record SurveyText(@NotBlank @Size(max = 200) @PlainText String fi, @Size(max = 200) @PlainText String sv,
        @Size(max = 200) @PlainText String en) {
}
