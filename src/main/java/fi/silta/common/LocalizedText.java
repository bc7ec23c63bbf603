package fi.silta.common;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import fi.silta.search.analysis.FinnishMorphology;
import fi.silta.search.analysis.SearchAnalyzers;

/**
 * A text in Finnish, Swedish and English, any of which may be missing. Columns are named by the
 * embedding attribute ({@code title_fi}, {@code title_sv}, ...); where an entity puts the text into the
 * search index, each language is analysed by that language's analyser.
 */
@Embeddable
public class LocalizedText {

    // Each language gets its stemmed field (exact stems, synonyms at query time) and a prefix field of
    // edge n-grams for partial matches; see fi.silta.search.analysis.SiltaAnalysisConfigurer and docs/search.md.
    @Column(name = "fi")
    @FullTextField(analyzer = SearchAnalyzers.FI, searchAnalyzer = SearchAnalyzers.FI_SEARCH)
    private String fi;
    @Column(name = "sv")
    @FullTextField(analyzer = SearchAnalyzers.SV, searchAnalyzer = SearchAnalyzers.SV_SEARCH)
    @FullTextField(name = "sv_prefix", analyzer = SearchAnalyzers.PREFIX, searchAnalyzer = SearchAnalyzers.PREFIX_SEARCH)
    private String sv;
    @Column(name = "en")
    @FullTextField(analyzer = SearchAnalyzers.EN, searchAnalyzer = SearchAnalyzers.EN_SEARCH)
    @FullTextField(name = "en_prefix", analyzer = SearchAnalyzers.PREFIX, searchAnalyzer = SearchAnalyzers.PREFIX_SEARCH)
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

    /**
     * The Finnish text for the prefix field, with the compound heads found in its words added as words of
     * their own, so that "jumppa" finds "tuolijumppaan".
     */
    @FullTextField(name = "fi_prefix", analyzer = SearchAnalyzers.PREFIX, searchAnalyzer = SearchAnalyzers.PREFIX_SEARCH)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "fi")))
    public String getFiWithCompoundTails() {
        return FinnishMorphology.standard().withCompoundTails(fi);
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
