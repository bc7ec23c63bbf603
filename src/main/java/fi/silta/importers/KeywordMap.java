package fi.silta.importers;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The mapping from feed keywords to Silta's categories and target groups (table
 * {@code import_keyword_mapping}, plus the codes and labels of the categories and target groups themselves).
 * Loaded once per run; immutable.
 */
public final class KeywordMap {

    public static final String LINKED_EVENTS = "linkedevents";
    public static final String TEXT = "text";
    /** PTV's Finto codes: service classes ({@code P10.1}) and target groups ({@code KR1.2}). */
    public static final String PTV = "ptv";

    private final Map<String, Codes> linkedEvents;
    private final Map<String, Codes> words;
    private final Map<String, Codes> ptv;

    /** The categories and target groups one keyword stands for. */
    public record Codes(Set<String> categories, Set<String> targetGroups) {
    }

    private KeywordMap(Map<String, Codes> linkedEvents, Map<String, Codes> words, Map<String, Codes> ptv) {
        this.linkedEvents = Map.copyOf(linkedEvents);
        this.words = Map.copyOf(words);
        this.ptv = Map.copyOf(ptv);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects what a record's keywords stand for. */
    public final class Matches {
        private final Set<String> categories = new LinkedHashSet<>();
        private final Set<String> targetGroups = new LinkedHashSet<>();

        /** A Linked Events keyword: by its id, else by any of its names. */
        public Matches linkedEventsKeyword(String id, String... names) {
            Codes codes = id == null ? null : linkedEvents.get(id.strip());
            if (codes != null) {
                add(codes);
            } else {
                for (String name : names) {
                    word(name);
                }
            }
            return this;
        }

        /**
         * A PTV Finto item: its code, else its nearest listed parent's ({@code P10.1.2}, {@code P10.1},
         * {@code P10}), else any of its names as words.
         *
         * @return whether the code or a parent was listed
         */
        public boolean ptvCode(String code, String... names) {
            String key = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
            while (!key.isEmpty()) {
                Codes codes = ptv.get(key);
                if (codes != null) {
                    add(codes);
                    return true;
                }
                int dot = key.lastIndexOf('.');
                key = dot < 0 ? "" : key.substring(0, dot);
            }
            for (String name : names) {
                word(name);
            }
            return false;
        }

        /** A word as a publisher wrote it. */
        public Matches word(String word) {
            Codes codes = word == null ? null : words.get(Texts.key(word));
            if (codes != null) {
                add(codes);
            }
            return this;
        }

        private void add(Codes codes) {
            categories.addAll(codes.categories());
            targetGroups.addAll(codes.targetGroups());
        }

        public Set<String> categories() {
            return categories;
        }

        public Set<String> targetGroups() {
            return targetGroups;
        }
    }

    public Matches matches() {
        return new Matches();
    }

    public static final class Builder {
        private final Map<String, Set<String>[]> linkedEvents = new HashMap<>();
        private final Map<String, Set<String>[]> words = new HashMap<>();
        private final Map<String, Set<String>[]> ptv = new HashMap<>();

        public Builder category(String scheme, String keyword, String code) {
            entry(scheme, keyword)[0].add(code);
            return this;
        }

        public Builder targetGroup(String scheme, String keyword, String code) {
            entry(scheme, keyword)[1].add(code);
            return this;
        }

        @SuppressWarnings("unchecked")
        private Set<String>[] entry(String scheme, String keyword) {
            Map<String, Set<String>[]> map = LINKED_EVENTS.equals(scheme) ? linkedEvents
                    : PTV.equals(scheme) ? ptv : words;
            String key = LINKED_EVENTS.equals(scheme) ? keyword.strip()
                    : PTV.equals(scheme) ? keyword.strip().toUpperCase(Locale.ROOT) : Texts.key(keyword);
            return map.computeIfAbsent(key,
                    k -> new Set[] { new LinkedHashSet<String>(), new LinkedHashSet<String>() });
        }

        public KeywordMap build() {
            return new KeywordMap(freeze(linkedEvents), freeze(words), freeze(ptv));
        }

        private static Map<String, Codes> freeze(Map<String, Set<String>[]> map) {
            Map<String, Codes> result = new HashMap<>();
            map.forEach((key, sets) -> result.put(key, new Codes(Set.copyOf(sets[0]), Set.copyOf(sets[1]))));
            return result;
        }
    }
}
