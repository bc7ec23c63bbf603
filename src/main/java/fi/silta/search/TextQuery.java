package fi.silta.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import fi.silta.search.analysis.FinnishMorphology;
import fi.silta.search.analysis.SearchAnalyzers;

/**
 * Builds the engine query for the free text a resident typed. Every boost is here and in
 * {@code docs/search.md}; scores are constant per kind of match, so the ranking can be explained:
 * <ul>
 * <li>Each word of the query is scored on its own, by the best place it matches (a dis_max), plus a
 * tenth of every other place, so matching in several places beats matching in one.</li>
 * <li>Where: title 10, category name 6, summary 4, place/organisation/municipality name 3, description 2.
 * A title says what the activity is; a description mentions many things in passing. The plain-language
 * (selkokieli) title and summary count as the title and the summary: they say the same in simpler words.</li>
 * <li>How: the word's stem (after synonyms) counts fully; a partial match (stem prefix, compound part)
 * half; a word one or two typos away three tenths. An exact word always beats a guess.</li>
 * <li>Every word must match when the query has up to three words; longer queries need three in four,
 * since residents type whole sentences ("tuolijumppaa tiistaisin kokkolassa").</li>
 * <li>Listings nobody has confirmed for a year score 0.8 times, for two years 0.64 times: a stale
 * listing may no longer be true.</li>
 * </ul>
 * Every language's fields are searched whatever the page's language: "simning" finds a Swedish listing
 * from a Finnish page.
 */
final class TextQuery {

    static final double TITLE = 10;
    static final double CATEGORY = 6;
    static final double SUMMARY = 4;
    static final double CONTEXT = 3;
    static final double DESCRIPTION = 2;
    static final double PARTIAL = 0.5;
    static final double TYPO = 0.3;
    static final double OTHER_PLACES = 0.1;
    static final double STALE_FACTOR = 0.8;
    static final int MAX_WORDS = 12;
    /** The index fields of the plain-language title and summary. */
    static final String EASY_READ_TITLE = "easyReadTitle";
    static final String EASY_READ_SUMMARY = "easyRead";
    /** The longest prefix the index holds (the edge n-gram filter's max_gram). */
    static final int MAX_PREFIX = 20;

    /** Words that carry no meaning in a search, in the three languages. */
    private static final Set<String> STOP_WORDS = Set.of("ja", "tai", "on", "ei", "se", "kun", "etta",
            "och", "i", "pa", "att", "en", "ett", "for", "med", "the", "a", "an", "and", "or", "of", "in",
            "at", "to", "with", "near", "me");

    /** The same list the engine's Finnish synonym filter has, so partial matches follow synonyms too. */
    private static final Synonyms FINNISH_SYNONYMS = Synonyms.load("search/synonyms-fi.txt");

    private TextQuery() {
    }

    /** The folded words of a query that are worth searching for, at most {@link #MAX_WORDS}. */
    static List<String> words(String text) {
        List<String> all = FinnishMorphology.words(text);
        Set<String> words = new LinkedHashSet<>();
        for (String word : all) {
            if (!STOP_WORDS.contains(word) || all.size() == 1) {
                words.add(word);
            }
        }
        return new ArrayList<>(words).subList(0, Math.min(words.size(), MAX_WORDS));
    }

    /** The scoring query for the text, or null when it has no searchable word. */
    static JsonObject build(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return null;
        }
        JsonArray should = new JsonArray();
        for (String word : words) {
            should.add(wordQuery(word));
        }
        JsonObject bool = new JsonObject();
        bool.add("should", should);
        int n = words.size();
        bool.addProperty("minimum_should_match", n <= 3 ? n : (int) Math.ceil(n * 0.75));

        JsonObject functionScore = new JsonObject();
        functionScore.add("query", wrap("bool", bool));
        JsonArray functions = new JsonArray();
        functions.add(staleness("now-365d"));
        functions.add(staleness("now-730d"));
        functionScore.add("functions", functions);
        functionScore.addProperty("score_mode", "multiply");
        functionScore.addProperty("boost_mode", "multiply");
        return wrap("function_score", functionScore);
    }

    /**
     * Autocomplete: every word typed so far must start a word of the title, in any language, compound
     * parts included ("jump" completes "Tuolijumppa").
     */
    static JsonObject suggestion(String typed) {
        JsonArray must = new JsonArray();
        for (String word : FinnishMorphology.words(typed)) {
            if (word.length() < 3) {
                continue;
            }
            String prefix = word.length() > MAX_PREFIX ? word.substring(0, MAX_PREFIX) : word;
            JsonArray any = new JsonArray();
            any.add(match("title.fi_prefix", prefix, null));
            any.add(match("title.sv_prefix", prefix, null));
            any.add(match("title.en_prefix", prefix, null));
            must.add(anyOf(any));
        }
        if (must.isEmpty()) {
            return null;
        }
        JsonObject bool = new JsonObject();
        bool.add("must", must);
        return wrap("bool", bool);
    }

    private static JsonObject wordQuery(String word) {
        JsonArray alternatives = new JsonArray();
        alternatives.add(constant(TITLE, exact(word, "title")));
        alternatives.add(constant(CATEGORY, exact(word, "categories.label")));
        alternatives.add(constant(SUMMARY, exact(word, "summary")));
        alternatives.add(constant(CONTEXT, match("context", word, null)));
        alternatives.add(constant(DESCRIPTION, exact(word, "description")));
        alternatives.add(constant(TITLE, exact(word, EASY_READ_TITLE)));
        alternatives.add(constant(SUMMARY, exact(word, EASY_READ_SUMMARY)));
        if (word.length() >= 3) {
            alternatives.add(constant(TITLE * PARTIAL, partial(word, "title")));
            alternatives.add(constant(SUMMARY * PARTIAL, partial(word, "summary")));
            alternatives.add(constant(TITLE * PARTIAL, partial(word, EASY_READ_TITLE)));
            alternatives.add(constant(SUMMARY * PARTIAL, partial(word, EASY_READ_SUMMARY)));
            alternatives.add(constant(DESCRIPTION * PARTIAL, partial(word, "description")));
        }
        if (word.length() >= 4) {
            alternatives.add(constant(TITLE * TYPO, typo(word, "title")));
            alternatives.add(constant(SUMMARY * TYPO, typo(word, "summary")));
        }
        JsonObject disMax = new JsonObject();
        disMax.add("queries", alternatives);
        disMax.addProperty("tie_breaker", OTHER_PLACES);
        return wrap("dis_max", disMax);
    }

    /** The word's stem in each language's field, synonyms included. */
    private static JsonObject exact(String word, String field) {
        JsonArray any = new JsonArray();
        any.add(match(field + ".fi", word, null));
        any.add(match(field + ".sv", word, null));
        any.add(match(field + ".en", word, null));
        return anyOf(any);
    }

    /**
     * Finnish: every prefix the inflections of the word and of its synonyms start with, so that "voimistelu"
     * finds "tuolijumppaan"; Swedish and English: the word as typed.
     */
    private static JsonObject partial(String word, String field) {
        Set<String> finnish = new LinkedHashSet<>();
        for (String synonym : FINNISH_SYNONYMS.of(word)) {
            for (String variant : FinnishMorphology.stemVariants(synonym)) {
                finnish.add(variant.length() > MAX_PREFIX ? variant.substring(0, MAX_PREFIX) : variant);
            }
        }
        String prefix = word.length() > MAX_PREFIX ? word.substring(0, MAX_PREFIX) : word;
        JsonArray any = new JsonArray();
        any.add(match(field + ".fi_prefix", String.join(" ", finnish), null));
        any.add(match(field + ".sv_prefix", prefix, null));
        any.add(match(field + ".en_prefix", prefix, null));
        return anyOf(any);
    }

    /** One or two typos (by length), the first letter right; stems compared without synonyms. */
    private static JsonObject typo(String word, String field) {
        JsonArray any = new JsonArray();
        any.add(fuzzy(field + ".fi", word, SearchAnalyzers.FI));
        any.add(fuzzy(field + ".sv", word, SearchAnalyzers.SV));
        any.add(fuzzy(field + ".en", word, SearchAnalyzers.EN));
        return anyOf(any);
    }

    private static JsonObject match(String field, String query, String analyzer) {
        JsonObject options = new JsonObject();
        options.addProperty("query", query);
        if (analyzer != null) {
            options.addProperty("analyzer", analyzer);
        }
        JsonObject match = new JsonObject();
        match.add(field, options);
        return wrap("match", match);
    }

    private static JsonObject fuzzy(String field, String query, String analyzer) {
        JsonObject options = new JsonObject();
        options.addProperty("query", query);
        options.addProperty("analyzer", analyzer);
        options.addProperty("fuzziness", "AUTO");
        options.addProperty("prefix_length", 1);
        options.addProperty("max_expansions", 20);
        JsonObject match = new JsonObject();
        match.add(field, options);
        return wrap("match", match);
    }

    private static JsonObject anyOf(JsonArray queries) {
        JsonObject bool = new JsonObject();
        bool.add("should", queries);
        bool.addProperty("minimum_should_match", 1);
        return wrap("bool", bool);
    }

    private static JsonObject constant(double boost, JsonObject filter) {
        JsonObject constant = new JsonObject();
        constant.add("filter", filter);
        constant.addProperty("boost", boost);
        return wrap("constant_score", constant);
    }

    private static JsonObject staleness(String before) {
        JsonObject range = new JsonObject();
        JsonObject bound = new JsonObject();
        bound.addProperty("lt", before);
        range.add("verifiedAt", bound);
        JsonObject function = new JsonObject();
        function.add("filter", wrap("range", range));
        function.addProperty("weight", STALE_FACTOR);
        return function;
    }

    private static JsonObject wrap(String name, JsonObject body) {
        JsonObject wrapper = new JsonObject();
        wrapper.add(name, body);
        return wrapper;
    }
}
