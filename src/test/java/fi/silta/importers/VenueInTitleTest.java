package fi.silta.importers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which titles the cross-source match reads as the same title once the venue is left out. */
class VenueInTitleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kallion Kuoro at Tavastia|Tavastia|kallion kuoro",
            "Kallion Kuoro @ Tavastia|Tavastia klubi|kallion kuoro",
            "Kallion Kuoro - Tavastia|Tavastia|kallion kuoro",
            "Jazzkväll på Kulturhuset|Kulturhuset|jazzkvall",
            "Tavastia: Kallion Kuoro|Tavastia|kallion kuoro",
            "Kallion Kuoro|Tavastia|kallion kuoro",
            "Kirjaston satutunti|Kirjasto|kirjaston satutunti",
            "Tavastia|Tavastia|tavastia",
            "Laulua at home|Tavastia|laulua at home" })
    void theVenueIsLeftOutOfTheTitleOnlyWhenItIsThePlace(String title, String place, String key) {
        assertThat(ImportedActivity.withoutVenue(ImportedActivity.titleKey(title), Texts.key(place))).isEqualTo(key);
    }
}
