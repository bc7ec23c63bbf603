package fi.silta.publishing.api;

import jakarta.validation.constraints.Size;

import fi.silta.common.validation.PlainText;

/** A summary in fi, sv and en: what a resident reads in a list of results. */
public record SummaryText(@Size(max = ColumnLengths.SUMMARY) @PlainText String fi,
        @Size(max = ColumnLengths.SUMMARY) @PlainText String sv,
        @Size(max = ColumnLengths.SUMMARY) @PlainText String en) implements Texts {

    public static final SummaryText EMPTY = new SummaryText(null, null, null);
}
