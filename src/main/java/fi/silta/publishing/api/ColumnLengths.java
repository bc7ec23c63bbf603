package fi.silta.publishing.api;

/**
 * The lengths of the columns publishers write into (see the catalogue's migrations), so that a longer value is
 * refused at its field with a 400 and never reaches the database.
 */
public final class ColumnLengths {

    /** Titles, names, prices, street addresses, contact details, codes: {@code varchar(255)}. */
    public static final int SHORT = 255;
    /** Summaries: {@code varchar(1000)}. */
    public static final int SUMMARY = 1000;
    /**
     * Descriptions are {@code text}; the limit keeps a listing readable and the index small, not the column
     * whole.
     */
    public static final int DESCRIPTION = 5000;
    /** Plain-language (easy-read) summaries: {@code varchar(2000)}. */
    public static final int EASY_READ = 2000;
    /** Web addresses: {@code varchar(2048)}. */
    public static final int WEB_ADDRESS = 2048;
    /** Municipality codes: {@code varchar(3)}. */
    public static final int MUNICIPALITY = 3;

    private ColumnLengths() {
    }
}
