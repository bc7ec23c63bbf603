package fi.silta.resources.api;

import jakarta.validation.constraints.Size;

import fi.silta.common.validation.PlainText;

/** A resource's title in fi, sv and en; at least one is needed. */
public record TitleText(@Size(max = 255) @PlainText String fi,
        @Size(max = 255) @PlainText String sv,
        @Size(max = 255) @PlainText String en) {
}
