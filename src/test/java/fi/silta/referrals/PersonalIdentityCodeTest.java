package fi.silta.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every vector of the shared identity-code set: the 2023 century signs, test codes, leap days, bad codes. */
class PersonalIdentityCodeTest {

    private static final JsonNode VECTORS = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper()
                    .readTree(Path.of("src/test/resources/reference-data/fi/henkilotunnus_test_vectors.json").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void realRangeCodesAreValidWithTheirBirthDates() {
        int checked = 0;
        for (String group : new String[] { "valid_classic", "valid_generated_real_range" }) {
            for (JsonNode vector : VECTORS.path(group)) {
                var code = PersonalIdentityCode.parse(vector.path("code").asText(), false);
                assertThat(code).as(vector.path("code").asText()).isPresent();
                assertThat(code.get().birthDate()).isEqualTo(LocalDate.parse(vector.path("dob").asText()));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(5);
    }

    @Test
    void testAndTemporaryCodesAreValidOnlyWhereAllowed() {
        int checked = 0;
        for (JsonNode vector : VECTORS.path("valid_dvv_test_codes")) {
            String code = vector.path("code").asText();
            assertThat(PersonalIdentityCode.parse(code, true)).as(code).isPresent();
            assertThat(PersonalIdentityCode.parse(code, true).get().birthDate())
                    .isEqualTo(LocalDate.parse(vector.path("dob").asText()));
            assertThat(PersonalIdentityCode.parse(code, false)).as(code).isEmpty();
            checked++;
        }
        for (JsonNode code : VECTORS.path("temporary_range_examples_valid_only_if_allowed")) {
            assertThat(PersonalIdentityCode.parse(code.asText(), true)).as(code.asText()).isPresent();
            assertThat(PersonalIdentityCode.parse(code.asText(), false)).as(code.asText()).isEmpty();
            checked++;
        }
        JsonNode leap = VECTORS.path("valid_leap_day");
        assertThat(PersonalIdentityCode.parse(leap.path("code").asText(), true).orElseThrow().birthDate())
                .isEqualTo(LocalDate.parse(leap.path("dob").asText()));
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void invalidCodesAreRefused() {
        int checked = 0;
        for (JsonNode vector : VECTORS.path("invalid")) {
            String code = vector.path("code").asText();
            assertThat(PersonalIdentityCode.parse(code, true)).as(code + ": " + vector.path("reason").asText()).isEmpty();
            checked++;
        }
        assertThat(checked).isGreaterThan(5);
    }

    @Test
    void aRefusedCodeSaysWhichPartIsWrong() {
        assertThat(PersonalIdentityCode.problem("010150-9026", false)).contains(PersonalIdentityCode.Problem.TEMPORARY);
        assertThat(PersonalIdentityCode.problem("010150-9026", true))
                .contains(PersonalIdentityCode.Problem.CHECK_CHARACTER);
        assertThat(PersonalIdentityCode.problem("010150-902E", true)).isEmpty();
        assertThat(PersonalIdentityCode.problem("131052-308", false)).contains(PersonalIdentityCode.Problem.LENGTH);
        assertThat(PersonalIdentityCode.problem("13105a-308T", false)).contains(PersonalIdentityCode.Problem.DIGITS);
        assertThat(PersonalIdentityCode.problem("131052G308T", false))
                .contains(PersonalIdentityCode.Problem.CENTURY_SIGN);
        assertThat(PersonalIdentityCode.problem("131052-001T", false))
                .contains(PersonalIdentityCode.Problem.INDIVIDUAL_NUMBER);
        assertThat(PersonalIdentityCode.problem("311352-308T", false)).contains(PersonalIdentityCode.Problem.DATE);
        assertThat(PersonalIdentityCode.problem("131052-308T", false)).isEmpty();
    }

    @Test
    void theCodeNeverShowsInItsTextForm() {
        var code = PersonalIdentityCode.parse("131052-308T", false).orElseThrow();
        assertThat(code.toString()).doesNotContain("131052");
    }

    @Test
    void digitsOfOtherScriptsAreRefused() {
        // Arabic-Indic and full-width digits read as the same number but would hash as another code, and an
        // erasure by the ASCII code would miss the referral.
        assertThat(PersonalIdentityCode.parse("\u0661\u0663\u0661\u0660\u0665\u0662-308T", false)).isEmpty();
        assertThat(PersonalIdentityCode.parse("131052-\uff13\uff10\uff18T", false)).isEmpty();
        assertThat(PersonalIdentityCode.parse("131052-308T", false)).isPresent();
    }

    @Test
    void theMaskedFormHidesTheIndividualNumber() {
        assertThat(PersonalIdentityCode.masked("131052-308T")).isEqualTo("131052-***T");
        assertThat(PersonalIdentityCode.masked(null)).isNull();
    }
}
