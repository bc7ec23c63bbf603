package fi.silta.search;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fi.silta.search.analysis.FinnishMorphology;

/** Single-word synonyms from a Solr-format list, for the partial-match clause the engine's filter cannot reach. */
final class Synonyms {

    private final Map<String, Set<String>> groups;

    private Synonyms(Map<String, Set<String>> groups) {
        this.groups = groups;
    }

    static Synonyms load(String resource) {
        Map<String, Set<String>> groups = new HashMap<>();
        for (String line : FinnishMorphology.readWordList(resource)) {
            Set<String> words = new LinkedHashSet<>();
            for (String word : line.split(",")) {
                String folded = FinnishMorphology.fold(word.strip());
                if (!folded.isEmpty() && !folded.contains(" ") && !folded.contains("-")) {
                    words.add(folded);
                }
            }
            for (String word : words) {
                groups.computeIfAbsent(word, w -> new LinkedHashSet<>()).addAll(words);
            }
        }
        return new Synonyms(groups);
    }

    /** The word and its synonyms, the word first. */
    Set<String> of(String word) {
        Set<String> result = new LinkedHashSet<>(List.of(word));
        result.addAll(groups.getOrDefault(word, Set.of()));
        return result;
    }
}
