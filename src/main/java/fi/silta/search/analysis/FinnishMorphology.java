package fi.silta.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finnish word forms, computed in Java at index and at query time so that the default local run needs
 * no native morphological analyser.
 * <p>
 * The engine's Snowball stemmer handles regular endings but misses consonant gradation (jumppa,
 * jumpalla), the -nen, -us and -ys declensions (eläkeläinen, eläkeläisen; harrastus, harrastukseen)
 * and compounds. Two small pieces of knowledge close most of that gap:
 * <ul>
 * <li>{@link #stemVariants(String)} turns a base form into the few prefixes that every inflected form
 * of it starts with ("ruoka" gives ruok-, ruoa-, ruoi-); the index holds edge n-grams of every word, so
 * a prefix is one term lookup.</li>
 * <li>{@link #compoundTails(String)} finds where a known compound head ends a word ("tuolijumppaan"
 * ends with an inflected "jumppa") and returns that tail, so the tail is indexed as a word of its own.</li>
 * </ul>
 * Texts and queries are folded (lower case, diacritics removed) before either, which also makes
 * "paivakahvit" find "päiväkahvit".
 */
public final class FinnishMorphology {

    private static final String VOWELS = "aeiouyäöå";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Shorter compound tails are too likely to be accidental letter sequences (kuntosali has "tosali"). */
    private static final int MIN_MODIFIER_LENGTH = 3;
    private static final int MIN_PREFIX_LENGTH = 3;
    private static final int KEY_LENGTH = 3;

    /**
     * Strong grade on the left, weak on the right, longest clusters first: the weak grade appears in
     * closed syllables (jumppa, jumpan; luonto, luonnon; ruoka, ruoan).
     */
    private static final String[][] GRADATION = {
            { "kk", "k" }, { "pp", "p" }, { "tt", "t" }, { "nk", "ng" }, { "mp", "mm" }, { "lt", "ll" },
            { "nt", "nn" }, { "rt", "rr" }, { "lk", "l" }, { "rk", "r" }, { "hk", "h" }, { "lp", "lv" },
            { "rp", "rv" }, { "p", "v" }, { "t", "d" }, { "k", "" } };

    /**
     * The stem variants of the compound heads, keyed by their first three letters: finding the tails of a
     * word is then one map lookup per letter position instead of a search for every variant.
     */
    private final Map<String, List<String>> variantsByStart;
    /** Variants shorter than the key, from heads of fewer than three letters; searched one by one. */
    private final List<String> shortVariants;

    private FinnishMorphology(List<String> heads) {
        Map<String, List<String>> byStart = new HashMap<>();
        Set<String> shorter = new LinkedHashSet<>();
        for (String head : heads) {
            for (String variant : stemVariants(fold(head))) {
                if (variant.length() < KEY_LENGTH) {
                    shorter.add(variant);
                } else {
                    List<String> sameStart = byStart.computeIfAbsent(variant.substring(0, KEY_LENGTH), k -> new ArrayList<>());
                    if (!sameStart.contains(variant)) {
                        sameStart.add(variant);
                    }
                }
            }
        }
        byStart.replaceAll((start, variants) -> List.copyOf(variants));
        this.variantsByStart = Map.copyOf(byStart);
        this.shortVariants = List.copyOf(shorter);
    }

    /** The morphology with Silta's list of compound heads ({@code search/fi-compound-heads.txt}). */
    public static FinnishMorphology standard() {
        return Holder.INSTANCE;
    }

    public static FinnishMorphology withHeads(List<String> heads) {
        return new FinnishMorphology(heads);
    }

    /** Lower case without diacritics: ä → a, ö → o, å → a, é → e. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                folded.append(c);
            }
        }
        return folded.toString();
    }

    /** The words of a text, folded. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        var matcher = WORD.matcher(fold(text));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /**
     * Prefixes that together start every inflected form of a Finnish noun or adjective given in its base
     * form, the base form itself included. Folded input gives folded output. Words shorter than four
     * letters are returned as they are: their prefixes would match far too much.
     */
    public static Set<String> stemVariants(String baseForm) {
        String word = baseForm.toLowerCase(Locale.ROOT);
        Set<String> variants = new LinkedHashSet<>();
        variants.add(word);
        if (word.length() < 4) {
            return variants;
        }
        char last = word.charAt(word.length() - 1);
        if (word.endsWith("nen")) {
            // eläkeläinen: eläkeläisen, eläkeläistä, eläkeläisiä
            variants.add(word.substring(0, word.length() - 3) + "s");
        } else if (last == 's' && isVowel(word.charAt(word.length() - 2))) {
            // harrastus: harrastuksen, harrastusta; yksinäisyys: yksinäisyyden, yksinäisyyttä
            variants.add(word.substring(0, word.length() - 1));
        } else if (isVowel(last)) {
            if (word.endsWith("uo") || word.endsWith("yo") || word.endsWith("ie")) {
                // työ: työn, töihin (folded: tyo, toihin)
                variants.add(word.substring(0, word.length() - 1));
                variants.add(word.substring(0, word.length() - 2) + last);
            } else {
                String stem = word.substring(0, word.length() - 1);
                variants.add(stem);
                variants.addAll(weakGrades(stem, last));
            }
        }
        variants.removeIf(v -> v.length() < MIN_PREFIX_LENGTH);
        return variants;
    }

    private static List<String> weakGrades(String stem, char finalVowel) {
        int clusterStart = stem.length();
        while (clusterStart > 0 && !isVowel(stem.charAt(clusterStart - 1))) {
            clusterStart--;
        }
        String cluster = stem.substring(clusterStart);
        if (cluster.isEmpty() || clusterStart == 0) {
            return List.of();
        }
        for (String[] grade : GRADATION) {
            if (cluster.endsWith(grade[0])) {
                String weak = stem.substring(0, stem.length() - grade[0].length()) + grade[1];
                if (weak.length() >= 4) {
                    return List.of(weak);
                }
                // ruoka → ruo-: too short to use alone, so the vowels that follow it instead (ruoan, ruoissa)
                return List.of(weak + finalVowel, weak + "i", weak + "e");
            }
        }
        return List.of();
    }

    /**
     * The tails of a folded word that are an inflected compound head: "tuolijumppaan" gives "jumppaan",
     * "kuntosaleilla" gives "saleilla". The word itself is not included.
     */
    public List<String> compoundTails(String word) {
        List<String> tails = new ArrayList<>(2);
        for (int at = MIN_MODIFIER_LENGTH; at < word.length(); at++) {
            if (startsVariant(word, at)) {
                tails.add(word.substring(at));
            }
        }
        return tails;
    }

    private boolean startsVariant(String word, int at) {
        if (at + KEY_LENGTH <= word.length()) {
            List<String> candidates = variantsByStart.get(word.substring(at, at + KEY_LENGTH));
            if (candidates != null) {
                for (String variant : candidates) {
                    if (word.startsWith(variant, at)) {
                        return true;
                    }
                }
            }
        }
        for (String variant : shortVariants) {
            if (word.startsWith(variant, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text as the Finnish prefix field indexes it: every word, followed by the compound tails found in
     * it. Null for null.
     */
    public String withCompoundTails(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder expanded = new StringBuilder(text.length() + 32);
        for (String word : words(text)) {
            expanded.append(word).append(' ');
            for (String tail : compoundTails(word)) {
                expanded.append(tail).append(' ');
            }
        }
        return expanded.toString().strip();
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    public static List<String> readWordList(String resource) {
        InputStream in = FinnishMorphology.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing word list " + resource);
        }
        List<String> words = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static final class Holder {
        static final FinnishMorphology INSTANCE = new FinnishMorphology(readWordList("search/fi-compound-heads.txt"));
    }
}
