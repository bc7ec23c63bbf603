package fi.silta.services.api;

import jakarta.validation.constraints.Size;

import fi.silta.common.validation.PlainText;

/** A name or a cost in fi, sv and en, each as long as its column holds. */
public record NameText(@Size(max = 255) @PlainText String fi,
        @Size(max = 255) @PlainText String sv,
        @Size(max = 255) @PlainText String en) {
}
