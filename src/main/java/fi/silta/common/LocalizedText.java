package fi.silta.common;

import java.util.Objects;

import jakarta.persistence.Embeddable;

/**
 * A text in Finnish, Swedish and English, any of which may be missing. Columns are named by the
 * embedding attribute ({@code title_fi}, {@code title_sv}, ...), for example with
 * {@code @EmbeddedColumnNaming("title_%s")}.
 */
@Embeddable
public class LocalizedText {

    private String fi;
    private String sv;
    private String en;

    protected LocalizedText() {
    }

    public LocalizedText(String fi, String sv, String en) {
        this.fi = blankToNull(fi);
        this.sv = blankToNull(sv);
        this.en = blankToNull(en);
    }

    public static LocalizedText of(String fi, String sv, String en) {
        return new LocalizedText(fi, sv, en);
    }

    public String fi() {
        return fi;
    }

    public String sv() {
        return sv;
    }

    public String en() {
        return en;
    }

    public String get(Language language) {
        return switch (language) {
            case FI -> fi;
            case SV -> sv;
            case EN -> en;
        };
    }

    /**
     * The text in the wanted language, else in the other national language, else whatever exists: a
     * Swedish-only listing still shows on a Finnish page rather than as an empty line.
     */
    public String resolve(Language language) {
        String wanted = get(language);
        if (wanted != null) {
            return wanted;
        }
        for (Language fallback : language.fallbacks()) {
            String text = get(fallback);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    public boolean isEmpty() {
        return fi == null && sv == null && en == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText that && Objects.equals(fi, that.fi) && Objects.equals(sv, that.sv)
                && Objects.equals(en, that.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fi, sv, en);
    }
}
