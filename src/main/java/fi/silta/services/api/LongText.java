package fi.silta.services.api;

import jakarta.validation.constraints.Size;

import fi.silta.common.validation.PlainText;

/** A description in fi, sv and en; paragraphs are separated by an empty line. */
public record LongText(@Size(max = 5000) @PlainText String fi,
        @Size(max = 5000) @PlainText String sv,
        @Size(max = 5000) @PlainText String en) {
}
