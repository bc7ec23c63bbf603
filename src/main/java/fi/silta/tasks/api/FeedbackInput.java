package fi.silta.tasks.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import fi.silta.common.validation.PlainText;

/** A helper's short word on a task they did. */
public record FeedbackInput(@NotBlank @Size(max = 500) @PlainText String feedback) {
}
