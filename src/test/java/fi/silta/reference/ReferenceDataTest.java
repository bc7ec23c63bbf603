package fi.silta.reference;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReferenceDataTest {

    @Inject
    MunicipalityRepository municipalities;
    @Inject
    CountyRepository counties;
    @Inject
    PostalCodeRepository postalCodes;

    @Test
    @Transactional
    void holdsTheOfficialMunicipalitiesAndCounties() {
        assertThat(municipalities.count()).isEqualTo(309);
        assertThat(counties.count("kind", County.Kind.WELLBEING_COUNTY)).isEqualTo(21);
        assertThat(municipalities.inCounty("18")).extracting(m -> m.name().fi()).containsExactly("Halsua", "Kannus",
                "Kaustinen", "Kokkola", "Lestijärvi", "Perho", "Toholampi", "Veteli");
        assertThat(municipalities.findById("272").name().sv()).isEqualTo("Karleby");
    }

    @Test
    @Transactional
    void postalCodesHaveCentresAndMunicipalities() {
        PostalCode kokkola = postalCodes.findById("67100");
        assertThat(kokkola.municipality().code()).isEqualTo("272");
        assertThat(kokkola.latitude()).isBetween(63.8, 63.9);
        assertThat(postalCodes.count("municipality is null")).isZero();
    }
}
