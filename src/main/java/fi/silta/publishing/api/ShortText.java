package fi.silta.publishing.api;

import jakarta.validation.constraints.Size;

import fi.silta.common.validation.PlainText;

/** A title, a name or a price in fi, sv and en, each as long as its column holds. */
public record ShortText(@Size(max = ColumnLengths.SHORT) @PlainText String fi,
        @Size(max = ColumnLengths.SHORT) @PlainText String sv,
        @Size(max = ColumnLengths.SHORT) @PlainText String en) implements Texts {

    public static final ShortText EMPTY = new ShortText(null, null, null);
}
