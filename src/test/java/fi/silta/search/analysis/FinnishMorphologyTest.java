package fi.silta.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What the Finnish prefix field indexes, so that a resident's "jumppa" finds "tuolijumppaan". */
class FinnishMorphologyTest {

    private final FinnishMorphology morphology = FinnishMorphology
            .withLexicon(List.of("jumppa", "sali", "ryhmä", "yö", "tuoli", "kunto", "vertainen", "vesi", "kesä", "nenä"));

    @Test
    void findsInflectedCompoundHeadsAtTheEndOfWords() {
        assertThat(morphology.compoundTails("tuolijumppaan")).containsExactly("jumppaan");
        assertThat(morphology.compoundTails("kuntosaleilla")).containsExactly("saleilla");
        assertThat(morphology.compoundTails("vertaisryhmissa")).containsExactly("ryhmissa");
        // Weak grade: jumppa → jumpa-
        assertThat(morphology.compoundTails("vesijumpalla")).containsExactly("jumpalla");
    }

    @Test
    void keepsTheWordItselfAndShortModifiersOut() {
        assertThat(morphology.compoundTails("jumppa")).isEmpty();
        // A modifier of fewer than three letters is too likely an accident.
        assertThat(morphology.compoundTails("uusali")).isEmpty();
        assertThat(morphology.compoundTails("kirjasto")).isEmpty();
        // A short stem that is also an ending (nen- of nenä) does not split a word that only ends like it.
        assertThat(morphology.compoundTails("vesinen")).isEmpty();
    }

    @Test
    void findsEveryHeadInALongCompoundAndShortHeadsToo() {
        assertThat(morphology.compoundTails("kuntosalijumppa")).containsExactlyInAnyOrder("salijumppa", "jumppa");
        assertThat(morphology.compoundTails("kesayo")).containsExactly("yo");
    }

    @Test
    void expandsATextWithFoldedWordsAndTheirTails() {
        assertThat(morphology.withCompoundTails("Tuolijumppaa Kuntosalilla!"))
                .isEqualTo("tuolijumppaa jumppaa kuntosalilla salilla");
        assertThat(morphology.withCompoundTails(null)).isNull();
    }

    @Test
    void theStandardLexiconSplitsCompoundsNobodyListed() {
        FinnishMorphology standard = FinnishMorphology.standard();
        assertThat(standard.withCompoundTails("Tuolijumppa")).isEqualTo("tuolijumppa jumppa");
        assertThat(standard.compoundTails("musiikkikoulussa")).contains("koulussa");
        assertThat(standard.compoundTails("kirjastokortin")).contains("kortin");
        assertThat(standard.compoundTails("autohuoltoon")).contains("huoltoon");
        assertThat(standard.compoundTails("nakovammaisille")).contains("vammaisille");
        assertThat(standard.compoundTails("kuoro")).isEmpty();
        assertThat(standard.compoundTails("kirjasto")).isEmpty();
    }
}
