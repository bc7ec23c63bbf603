package fi.silta.publishing.api;

import fi.silta.common.Language;

/**
 * A text a publisher writes in Finnish, Swedish and English; any of them may be empty. Each kind of text has
 * its own record because each is stored in columns of its own length.
 */
public sealed interface Texts permits ShortText, SummaryText, DescriptionText, EasyReadText {

    String fi();

    String sv();

    String en();

    /** Whether nothing is written in any language. */
    default boolean blank() {
        return isBlank(fi()) && isBlank(sv()) && isBlank(en());
    }

    /**
     * The text in the wanted language, else in the other national language, else whatever exists (the order
     * {@link Language#fallbacks()} gives); empty when nothing is written.
     */
    default String in(Language language) {
        String wanted = get(language);
        if (!isBlank(wanted)) {
            return wanted;
        }
        for (Language fallback : language.fallbacks()) {
            if (!isBlank(get(fallback))) {
                return get(fallback);
            }
        }
        return "";
    }

    private String get(Language language) {
        return switch (language) {
            case FI -> fi();
            case SV -> sv();
            case EN -> en();
        };
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
