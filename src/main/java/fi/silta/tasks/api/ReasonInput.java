package fi.silta.tasks.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import fi.silta.common.validation.PlainText;

/** Why something was cancelled or withdrawn; it must not describe a client. */
public record ReasonInput(@NotBlank @Size(max = 500) @PlainText String reason) {
}
