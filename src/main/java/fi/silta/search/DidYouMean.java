package fi.silta.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import fi.silta.search.analysis.FinnishMorphology;
import fi.silta.search.analysis.SearchAnalyzers;

/**
 * "Did you mean": for a query that finds nothing, the closest spelling that titles in the catalogue use. The search
 * itself forgives one or two typos after a right first letter; this looser look-up (two edits anywhere, titles
 * only) only proposes a spelling, which the resident then chooses, and is only offered when it finds something.
 */
final class DidYouMean {

    private static final int MAX_EDITS = 2;
    /** Up to four letters a second edit makes another word entirely (kuoro, kuori, suoro). */
    private static final int SHORT_WORD = 4;

    private DidYouMean() {
    }

    /** The looser query over titles that gathers the words to compare the query's words with. */
    static JsonObject titlesNear(String text) {
        JsonArray any = new JsonArray();
        for (String[] field : new String[][] { { "title.fi", SearchAnalyzers.FI }, { "title.sv", SearchAnalyzers.SV },
                { "title.en", SearchAnalyzers.EN } }) {
            JsonObject options = new JsonObject();
            options.addProperty("query", text);
            options.addProperty("analyzer", field[1]);
            options.addProperty("fuzziness", MAX_EDITS);
            options.addProperty("prefix_length", 0);
            options.addProperty("max_expansions", 50);
            JsonObject match = new JsonObject();
            match.add(field[0], options);
            JsonObject wrapper = new JsonObject();
            wrapper.add("match", match);
            any.add(wrapper);
        }
        JsonObject bool = new JsonObject();
        bool.add("should", any);
        bool.addProperty("minimum_should_match", 1);
        JsonObject query = new JsonObject();
        query.add("bool", bool);
        return query;
    }

    /**
     * The query with each word replaced by the closest word of the titles, or null when no word changes. A word a
     * title already uses stays as it is.
     */
    static String respell(String text, List<String> titles) {
        List<String> known = new ArrayList<>();
        for (String title : titles) {
            for (String word : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty() && !known.contains(word)) {
                    known.add(word);
                }
            }
        }
        List<String> respelled = new ArrayList<>();
        boolean changed = false;
        for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String best = word;
            int bestDistance = word.length() <= SHORT_WORD ? 2 : MAX_EDITS + 1;
            for (String candidate : known) {
                int distance = distance(FinnishMorphology.fold(word), FinnishMorphology.fold(candidate));
                if (distance == 0) {
                    best = word;
                    break;
                }
                if (distance < bestDistance) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            changed |= !best.equals(word);
            respelled.add(best);
        }
        return changed ? String.join(" ", respelled) : null;
    }

    /** Edits (insert, delete, replace, swap two neighbours) between two words. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
