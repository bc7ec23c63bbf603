package fi.silta.importers;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Cleaning of untrusted text from feeds: control characters out, whitespace tidied, lengths limited. */
public final class Texts {

    /** Control and format characters (NUL among them, which PostgreSQL refuses) and halves of broken pairs. */
    private static final Pattern SPACES = Pattern
            .compile("[\\t\\x0B\\f\\r \\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern MANY_NEWLINES = Pattern.compile("\\n{3,}");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]{1,64}@[^@\\s<>\"]{1,190}\\.[^@\\s<>\"]{2,}");

    private static final Pattern URL_START = Pattern.compile("(?i)(https?://|www\\.)");
    /** Abbreviations in Finnish, Swedish and English whose full stop ends no sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("mm", "esim", "ks", "klo", "ym", "yms", "jne", "ns",
            "ca", "noin", "os", "puh", "ma", "ti", "ke", "to", "pe", "la", "su", "tms", "vrt", "tri", "prof", "kk", "vk",
            "ry", "oy", "ab", "bl", "ex", "dvs", "resp", "kl", "tel", "etc", "approx", "dr", "mr", "mrs", "ms", "st",
            "no", "vs");

    private Texts() {
    }

    /** Multi-line text: control characters removed, spaces collapsed, lines trimmed, at most one blank line. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        text = withoutControls(text);
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            out.append(SPACES.matcher(line).replaceAll(" ").strip()).append('\n');
        }
        String result = MANY_NEWLINES.matcher(out.toString()).replaceAll("\n\n").strip();
        return result.isEmpty() ? null : result;
    }

    /**
     * The text without control, format and lone surrogate characters, line breaks and tabs kept. A loop over the code
     * points: the import cleans every text of every record, and a character-class pattern was most of the time an
     * unchanged feed took.
     */
    static String withoutControls(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length();) {
            int codePoint = text.codePointAt(i);
            boolean drop = codePoint != '\n' && codePoint != '\t' && switch (Character.getType(codePoint)) {
                case Character.CONTROL, Character.FORMAT, Character.SURROGATE -> true;
                default -> false;
            };
            if (drop && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!drop && kept != null) {
                kept.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return kept == null ? text : kept.toString();
    }

    /** One line: like {@link #clean} with line breaks turned into spaces. */
    public static String line(String value) {
        String text = clean(value);
        return text == null ? null : SPACES.matcher(text.replace('\n', ' ')).replaceAll(" ").strip();
    }

    /** Cuts to at most {@code max} characters, ending in an ellipsis when something was cut. */
    public static String truncate(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end).stripTrailing() + "…";
    }

    /**
     * A short summary from a longer text: its first sentences up to the limit, cut at a sentence or word
     * boundary rather than mid-word. A full stop after an abbreviation ("mm.", "esim.", "klo.", "t.ex.") or an
     * ordinal ("5.") ends no sentence, and a web address is never cut: the summary ends before it instead.
     */
    public static String summarise(String text, int max) {
        String flat = line(text);
        if (flat == null || flat.length() <= max) {
            return flat;
        }
        String cut = flat.substring(0, max - 1);
        int sentence = sentenceEnd(cut);
        if (sentence > max / 2) {
            return cut.substring(0, sentence + 1);
        }
        int space = cut.lastIndexOf(' ');
        boolean midWord = !Character.isWhitespace(flat.charAt(max - 1));
        int wordStart = space + 1;
        if (midWord && URL_START.matcher(cut.substring(wordStart)).lookingAt()) {
            // The address runs past the limit: end before it rather than hand on a broken link.
            return wordStart == 0 ? "…" : cut.substring(0, wordStart).stripTrailing() + "…";
        }
        return (space > max / 2 ? cut.substring(0, space) : cut).stripTrailing() + "…";
    }

    /** The index of the last full stop, exclamation or question mark in the text that ends a sentence, or -1. */
    private static int sentenceEnd(String text) {
        for (int i = text.length() - 2; i > 0; i--) {
            char c = text.charAt(i);
            if (text.charAt(i + 1) != ' ' || (c != '.' && c != '!' && c != '?')) {
                continue;
            }
            if (c != '.') {
                return i;
            }
            int start = text.lastIndexOf(' ', i - 1) + 1;
            String word = text.substring(start, i).toLowerCase(Locale.ROOT);
            if (!ABBREVIATIONS.contains(word) && !word.chars().allMatch(Character::isDigit) && word.length() > 1
                    && !word.contains(".")) {
                return i;
            }
        }
        return -1;
    }

    /** A key for comparing names across sources: case, accents, punctuation and spacing do not count. */
    public static String key(String value) {
        if (value == null) {
            return "";
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFKD);
        text = COMBINING.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_ALNUM.matcher(text).replaceAll(" ").strip();
    }

    /** An absolute http or https address of sensible length, or null. */
    public static String httpUrl(String value) {
        String text = line(value);
        if (text == null || text.length() > 2048) {
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return text;
            }
        } catch (URISyntaxException e) {
            return null;
        }
        return null;
    }

    /** An e-mail address that at least looks like one, or null. */
    public static String email(String value) {
        String text = line(value);
        if (text != null && text.regionMatches(true, 0, "mailto:", 0, 7)) {
            text = text.substring(7);
        }
        return text != null && text.length() <= 255 && EMAIL.matcher(text).matches() ? text : null;
    }

    /**
     * Text Silta writes about a feed (a reason, a run's message): one line, without control characters, so a
     * value quoted from the feed can neither break the line nor hold a character the database refuses.
     */
    public static String storable(String value, int max) {
        return truncate(line(value), max);
    }

    /** A raw excerpt of a record for the run's failure list: tidied and short. */
    public static String excerpt(String raw, int max) {
        String text = clean(raw);
        return truncate(text, max);
    }
}
