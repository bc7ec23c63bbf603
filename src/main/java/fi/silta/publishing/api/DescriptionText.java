package fi.silta.publishing.api;

import jakarta.validation.constraints.Size;

import fi.silta.common.validation.PlainText;

/** A longer description in fi, sv and en; paragraphs are separated by an empty line. */
public record DescriptionText(@Size(max = ColumnLengths.DESCRIPTION) @PlainText String fi,
        @Size(max = ColumnLengths.DESCRIPTION) @PlainText String sv,
        @Size(max = ColumnLengths.DESCRIPTION) @PlainText String en) implements Texts {

    public static final DescriptionText EMPTY = new DescriptionText(null, null, null);
}
