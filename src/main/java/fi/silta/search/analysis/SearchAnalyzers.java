package fi.silta.search.analysis;

/** Names of the analysers Silta defines in the search engine (see {@link SiltaAnalysisConfigurer}). */
public final class SearchAnalyzers {

    /** Finnish text: folded, Snowball-stemmed. */
    public static final String FI = "silta_fi";
    /** Finnish queries: as {@link #FI}, with the Finnish synonyms. */
    public static final String FI_SEARCH = "silta_fi_search";
    public static final String SV = "silta_sv";
    public static final String SV_SEARCH = "silta_sv_search";
    public static final String EN = "silta_en";
    public static final String EN_SEARCH = "silta_en_search";
    /** Any language: folded words cut into edge n-grams of 3 to 20 letters, for partial matches. */
    public static final String PREFIX = "silta_prefix";
    /** Queries against {@link #PREFIX} fields: folded whole words, each one prefix. */
    public static final String PREFIX_SEARCH = "silta_prefix_search";
    /** Names of places, organisations and municipalities: folded and Finnish-stemmed (Kokkolassa). */
    public static final String NAME = "silta_name";

    private SearchAnalyzers() {
    }
}
