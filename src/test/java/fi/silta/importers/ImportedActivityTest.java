package fi.silta.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import fi.silta.common.LocalizedText;

/** What any importer's record goes through before it may become an activity. */
class ImportedActivityTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private static ImportedActivity.Builder valid(String id) {
        return ImportedActivity.builder(id)
                .title(LocalizedText.of("Kerho", null, null))
                .place(ImportedPlace.of(LocalizedText.of("Talo", null, null), null, null, null, null, null))
                .schedule(ImportedSchedule.single(LocalDateTime.of(2030, 1, 1, 10, 0), Duration.ofHours(1), false,
                        HELSINKI));
    }

    @Test
    void textsAreCleanedAndCutToTheirLimits() {
        ImportedActivity record = valid("1")
                .title(LocalizedText.of("Tom &amp; Jerry\u0000 <i>elokuvailta</i>\n" + "x".repeat(400), null, null))
                .description(LocalizedText.of("Ensimmäinen lause. " + "Sana ".repeat(3000), null, null))
                .build();
        assertThat(record.title().fi()).startsWith("Tom & Jerry elokuvailta x").hasSize(255).endsWith("…");
        assertThat(record.description().fi()).hasSizeBetween(9990, ImportedActivity.DESCRIPTION_LENGTH).endsWith("…");
        // No summary given: the description's beginning, short, cut at a word.
        assertThat(record.summary().fi()).startsWith("Ensimmäinen lause. Sana Sana").endsWith("Sana…")
                .hasSizeLessThanOrEqualTo(ImportedActivity.DERIVED_SUMMARY_LENGTH);
    }

    @Test
    void withoutSummaryOrDescriptionTheTitleIsTheSummary() {
        assertThat(valid("1").build().summary()).isEqualTo(LocalizedText.of("Kerho", null, null));
    }

    @Test
    void doubtfulValuesAreLeftOutRatherThanStored() {
        ImportedActivity record = valid("1").infoUrl("javascript:alert(1)").contact("Liisa", "not an address", null)
                .ages(70, 60).language("Finnish").build();
        assertThat(record.infoUrl()).isNull();
        assertThat(record.contactEmail()).isNull();
        assertThat(record.ageMin()).isNull();
        assertThat(record.ageMax()).isNull();
        assertThat(record.languages()).isEmpty();
        assertThat(ImportedPlace.of(LocalizedText.of("Talo", null, null), null, "ABC 123", null, 91.0, 23.0))
                .satisfies(place -> {
                    assertThat(place.postalCode()).isNull();
                    assertThat(place.latitude()).isNull();
                    assertThat(place.longitude()).isNull();
                });
    }

    @Test
    void aVeryLongIdIsReplacedByItsDigest() {
        String id = "x".repeat(400);
        assertThat(valid(id).build().originId()).startsWith("sha256:").hasSize(71);
        assertThat(valid(id).build().originId()).isEqualTo(valid(id).build().originId());
    }

    @Test
    void recordsAResidentCouldNotUseAreRefusedWithAReason() {
        assertThatThrownBy(() -> valid("1").title(null).build()).hasMessage("has no title");
        assertThatThrownBy(() -> ImportedActivity.builder("1").title(LocalizedText.of("Kerho", null, null))
                .schedule(ImportedSchedule.single(LocalDateTime.of(2030, 1, 1, 10, 0), Duration.ZERO, false,
                        HELSINKI))
                .build()).hasMessageContaining("no place");
        assertThatThrownBy(() -> valid("1").schedule(ImportedSchedule.single(LocalDateTime.of(2030, 1, 1, 10, 0),
                Duration.ofDays(40), false, HELSINKI)).build()).hasMessageContaining("longer than 31 days");
        assertThatThrownBy(() -> valid("1").schedule(new ImportedSchedule(LocalDateTime.of(2030, 1, 1, 10, 0),
                Duration.ofHours(1), false, "FREQ=NEVER", HELSINKI, new TreeSet<>(), new TreeSet<>(),
                new TreeSet<>())).build())
                .isInstanceOf(RecordException.class).hasMessageContaining("recurrence rule");
    }

    @Test
    void theHashChangesWithWhatAResidentSeesAndOnlyWithThat() {
        String hash = valid("1").excerpt("raw one").build().contentHash("272");
        assertThat(valid("1").excerpt("raw two").build().contentHash("272")).isEqualTo(hash);
        assertThat(valid("1").infoUrl("https://srk.example/kerho").build().contentHash("272")).isNotEqualTo(hash);
        assertThat(valid("1").build().contentHash("091")).isNotEqualTo(hash);
    }
}
