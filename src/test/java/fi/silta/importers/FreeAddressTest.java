package fi.silta.importers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The address forms real calendars write in their LOCATION (the first four from one municipality's feed). */
class FreeAddressTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Seurakuntakeskus, Kirkkokatu 1, 67100 Kokkola|Seurakuntakeskus|Kirkkokatu 1|67100|Kokkola",
            "Turun pääkirjasto, Linnankatu 2, Turku, FI|Turun pääkirjasto|Linnankatu 2|-|Turku",
            "Kaupunginmuseo, Albertinkatu 34, Helsinki, Suomi|Kaupunginmuseo|Albertinkatu 34|-|Helsinki",
            "Espoo|Espoo|-|-|-",
            "Näyttelykeskus WeeGee, Ahertajantie 5, FI-02940 Espoo|Näyttelykeskus WeeGee|Ahertajantie 5|02940|Espoo",
            "Kirjasto, Rantakatu 3, 00100, Helsinki|Kirjasto|Rantakatu 3|00100|Helsinki",
            "Kirjasto, Rantakatu 3, 00100|Kirjasto|Rantakatu 3|00100|-",
            "Seurakuntatalo, Kirkkotie 4|Seurakuntatalo|Kirkkotie 4|-|-",
            "Seurakuntatalo, Yläsali|Seurakuntatalo|-|-|-" })
    void postalCodeAndTownAreFoundInEveryForm(String location, String name, String street, String postalCode,
            String town) {
        FreeAddress address = FreeAddress.parse(location);
        assertThat(address.name()).isEqualTo(name);
        assertThat(address.street()).isEqualTo(street);
        assertThat(address.postalCode()).isEqualTo(postalCode);
        assertThat(address.town()).isEqualTo(town);
    }
}
