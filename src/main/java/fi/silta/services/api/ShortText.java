package fi.silta.services.api;

import jakarta.validation.constraints.Size;

import fi.silta.common.validation.PlainText;

/** Who the service is for, how to get it, opening hours: a few lines in fi, sv and en. */
public record ShortText(@Size(max = 1000) @PlainText String fi,
        @Size(max = 1000) @PlainText String sv,
        @Size(max = 1000) @PlainText String en) {
}
