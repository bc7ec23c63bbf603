package fi.silta.common;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

/**
 * A text in Finnish, Swedish and English, any of which may be missing. Columns are named by the
 * embedding attribute ({@code title_fi}, {@code title_sv}, ...); where an entity puts the text into the
 * search index, each language is analysed by that language's analyser.
 */
@Embeddable
public class LocalizedText {

    @Column(name = "fi")
    @FullTextField(analyzer = "finnish")
    private String fi;
    @Column(name = "sv")
    @FullTextField(analyzer = "swedish")
    private String sv;
    @Column(name = "en")
    @FullTextField(analyzer = "english")
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
