package fi.silta.resources.api;

import jakarta.validation.constraints.Size;

import fi.silta.common.validation.PlainText;

/** What a resource holds and whom it helps, a few sentences in fi, sv and en. */
public record DescriptionText(@Size(max = 2000) @PlainText String fi,
        @Size(max = 2000) @PlainText String sv,
        @Size(max = 2000) @PlainText String en) {
}
