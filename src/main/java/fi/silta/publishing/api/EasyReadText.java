package fi.silta.publishing.api;

import jakarta.validation.constraints.Size;

import fi.silta.common.validation.PlainText;

/** A plain-language (selkokieli, lättläst) summary in fi, sv and en, for readers who need simpler text. */
public record EasyReadText(@Size(max = ColumnLengths.EASY_READ) @PlainText String fi,
        @Size(max = ColumnLengths.EASY_READ) @PlainText String sv,
        @Size(max = ColumnLengths.EASY_READ) @PlainText String en) implements Texts {

    public static final EasyReadText EMPTY = new EasyReadText(null, null, null);
}
