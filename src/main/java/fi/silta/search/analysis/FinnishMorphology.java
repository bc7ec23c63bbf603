package fi.silta.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    /** A head shorter than this (uni, yö, työ are the shortest) would split words by accident far more often. */
    private static final int MIN_HEAD_LENGTH = 2;
    private static final int SHORT_STEM_LENGTH = 3;
    /**
     * A head stem this long splits a word even when the letters before it are not lexicon words (tasa|paino|,
     * kohtaamis|paikka): a long word inside a word is rarely an accident.
     */
    private static final int UNMISTAKABLE_HEAD_LENGTH = 5;

    /**
     * Strong grade on the left, weak on the right, longest clusters first: the weak grade appears in
     * closed syllables (jumppa, jumpan; luonto, luonnon; ruoka, ruoan).
     */
    private static final String[][] GRADATION = {
            { "kk", "k" }, { "pp", "p" }, { "tt", "t" }, { "nk", "ng" }, { "mp", "mm" }, { "lt", "ll" },
            { "nt", "nn" }, { "rt", "rr" }, { "lk", "l" }, { "rk", "r" }, { "hk", "h" }, { "lp", "lv" },
            { "rp", "rv" }, { "p", "v" }, { "t", "d" }, { "k", "" } };

    /** The stem variants of every lexicon word: a tail that starts with one of them starts an inflected head. */
    private final Set<String> headVariants;
    /**
     * The forms a lexicon word takes before another word in a compound: the base form (tuoli|jumppa), the genitive
     * (kirjaston|kerho), the -s stem of -nen words (ihmis|oikeus). A split needs one of them right before it, so that
     * an accidental word inside a word (kuntosali has "tosali", kirjasto has "jasto") does not split it.
     */
    private final Set<String> modifierForms;
    /** Lexicon words of three letters (työ, uni, apu): whole, they may end a compound. */
    private final Set<String> shortWords;
    private final int longestVariant;
    private final int longestModifier;
    /** Compound tails already found, by folded word; at most {@link #MAX_REMEMBERED_WORDS}. */
    private final Map<String, List<String>> tailsByWord = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED_WORDS = 200_000;

    private FinnishMorphology(List<String> lexicon) {
        Set<String> variants = new HashSet<>();
        Set<String> modifiers = new HashSet<>();
        Set<String> shortOnes = new HashSet<>();
        for (String entry : lexicon) {
            String word = fold(entry);
            if (word.length() < MIN_HEAD_LENGTH) {
                continue;
            }
            variants.addAll(stemVariants(word));
            if (word.length() <= SHORT_STEM_LENGTH) {
                shortOnes.add(word);
            }
            modifiers.addAll(modifierForms(word));
        }
        this.headVariants = Set.copyOf(variants);
        this.modifierForms = Set.copyOf(modifiers);
        this.shortWords = Set.copyOf(shortOnes);
        this.longestVariant = variants.stream().mapToInt(String::length).max().orElse(0);
        this.longestModifier = modifiers.stream().mapToInt(String::length).max().orElse(0);
    }

    private static List<String> modifierForms(String word) {
        List<String> forms = new ArrayList<>(4);
        forms.add(word);
        forms.add(word + "n");
        if (word.endsWith("nen")) {
            String stem = word.substring(0, word.length() - 3);
            forms.add(stem + "s");
            forms.add(stem + "sen");
        } else if (word.endsWith("i")) {
            // kieli → kielen|opetus, sieni → sienen|poiminta
            forms.add(word.substring(0, word.length() - 1) + "en");
        }
        return forms;
    }

    /** The morphology with Silta's Finnish lexicon ({@code search/fi-lexicon.txt}, from Voikko's dictionary). */
    public static FinnishMorphology standard() {
        return Holder.INSTANCE;
    }

    /** The morphology with the given words as the lexicon of compound parts. */
    public static FinnishMorphology withLexicon(List<String> words) {
        return new FinnishMorphology(words);
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
     * "kuntosaleilla" gives "saleilla". A tail counts when it starts with a stem of a lexicon word and the letters
     * before it end with a lexicon word in a form compounds use. The word itself is not included.
     */
    public List<String> compoundTails(String word) {
        List<String> known = tailsByWord.get(word);
        if (known != null) {
            return known;
        }
        List<String> tails = List.copyOf(findCompoundTails(word));
        // Catalogue texts repeat their words: indexing a large catalogue looks up far fewer words than it reads.
        if (tailsByWord.size() < MAX_REMEMBERED_WORDS) {
            tailsByWord.put(word, tails);
        }
        return tails;
    }

    private List<String> findCompoundTails(String word) {
        List<String> tails = new ArrayList<>(2);
        boolean[] partsEnd = modifierEnds(word);
        for (int at = MIN_MODIFIER_LENGTH; at <= word.length() - MIN_HEAD_LENGTH; at++) {
            int head = longestHead(word, at);
            if (head >= MIN_HEAD_LENGTH && (partsEnd[at] || head >= UNMISTAKABLE_HEAD_LENGTH)
                    && notASuffix(word, at, head)) {
                tails.add(word.substring(at));
            }
        }
        return tails;
    }

    /**
     * Where the word's start could end as a row of compound parts: {@code ends[i]} when the first i letters are
     * lexicon words in compound form one after another (kunto|, kunto|sali|). Only there may a head start, so that
     * "kuntosaleilla" does not also split into "kuntosale" and "illa" (an inflected ilta).
     */
    private boolean[] modifierEnds(String word) {
        boolean[] ends = new boolean[word.length() + 1];
        ends[0] = true;
        for (int end = MIN_MODIFIER_LENGTH; end < word.length(); end++) {
            for (int from = Math.max(0, end - longestModifier); from <= end - MIN_MODIFIER_LENGTH && !ends[end]; from++) {
                ends[end] = ends[from] && modifierForms.contains(word.substring(from, end));
            }
        }
        ends[0] = false;
        return ends;
    }

    /**
     * A three-letter stem (sal- of sali, nen- of nenä) also starts many endings (alumiini|nen, kotoi|set): it counts
     * only when the tail is that word itself (kotityö) or long enough to be an inflected form of it (kuntosaleilla).
     */
    private boolean notASuffix(String word, int at, int head) {
        int tail = word.length() - at;
        return head > SHORT_STEM_LENGTH || tail >= SHORT_STEM_LENGTH + 2
                || (tail == head && shortWords.contains(word.substring(at)));
    }

    /** The length of the longest stem of a lexicon word that starts at {@code at}, 0 for none. */
    private int longestHead(String word, int at) {
        int last = Math.min(word.length(), at + longestVariant);
        for (int end = last; end >= at + MIN_HEAD_LENGTH; end--) {
            if (headVariants.contains(word.substring(at, end))) {
                return end - at;
            }
        }
        return 0;
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
        static final FinnishMorphology INSTANCE = new FinnishMorphology(readWordList("search/fi-lexicon.txt"));
    }
}
