package fi.silta.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import fi.silta.common.LocalizedText;

/** Summaries Silta derives from descriptions, and times it shows from feeds written in UTC. */
class DerivedTextsTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Test
    void aSummaryEndsAtASentenceNotAtAnAbbreviationOrAnOrdinal() {
        assertThat(Texts.summarise("Kerhossa pelataan joka viikko korttia ja muita pelejä yhdessä. Mukana on mm. "
                + "shakkia, kasinoa ja ristiseiskaa sekä paljon muuta hauskaa tekemistä.", 100))
                .isEqualTo("Kerhossa pelataan joka viikko korttia ja muita pelejä yhdessä.");
        assertThat(Texts.summarise("Joulujuhlaa vietetään seurakuntatalolla perjantaina 5. joulukuuta kello "
                + "kuusitoista, ja kaikki ovat tervetulleita.", 80))
                .isEqualTo("Joulujuhlaa vietetään seurakuntatalolla perjantaina 5. joulukuuta kello…");
    }

    @Test
    void aSummaryIsNotCutInsideAWebAddress() {
        String address = "https://www.example.fi/tapahtumat/2030/kevat/kuorolaulu-ja-yhteislaulu-kaikille";
        String text = "Ilmoittautuminen osoitteessa " + address + " " + "ja muuta tekstiä ".repeat(10);
        assertThat(Texts.summarise(text, 60)).isEqualTo("Ilmoittautuminen osoitteessa…");
        assertThat(Texts.summarise("Katso " + address + " tai soita.", 200)).contains(address);
    }

    @Test
    void aDerivedSummaryKeepsItsSentenceWhole() {
        ImportedActivity record = ImportedActivity.builder("1").title(LocalizedText.of("Kerho", null, null))
                .description(LocalizedText.of("Pelataan mm. shakkia. " + "Sanoja ".repeat(100), null, null))
                .place(ImportedPlace.of(LocalizedText.of("Talo", null, null), null, null, null, null, null))
                .schedule(ImportedSchedule.single(LocalDateTime.of(2030, 1, 1, 10, 0), Duration.ofHours(1), false,
                        HELSINKI))
                .build();
        assertThat(record.summary().fi()).startsWith("Pelataan mm. shakkia. Sanoja").endsWith("…");
    }

    /** A UTC feed's 17:00Z on a winter day is 19:00 in Finland, and that is what Silta keeps and shows. */
    @Test
    void aScheduleWrittenInUtcIsKeptInFinnishTime() {
        ImportedSchedule utc = new ImportedSchedule(LocalDateTime.of(2030, 1, 15, 17, 0), Duration.ofHours(2), false,
                null, ZoneOffset.UTC, new TreeSet<>(List.of(LocalDateTime.of(2030, 7, 15, 17, 0))),
                new TreeSet<>(), new TreeSet<>());
        ImportedSchedule finnish = utc.inFinnishTimeWhenUtc();
        assertThat(finnish.zone()).isEqualTo(HELSINKI);
        assertThat(finnish.firstStart()).isEqualTo(LocalDateTime.of(2030, 1, 15, 19, 0));
        assertThat(finnish.extraDates()).containsExactly(LocalDateTime.of(2030, 7, 15, 20, 0));
        assertThat(finnish.firstStart().atZone(HELSINKI).toInstant())
                .isEqualTo(utc.firstStart().toInstant(ZoneOffset.UTC));

        ImportedSchedule rule = new ImportedSchedule(LocalDateTime.of(2030, 1, 15, 17, 0), Duration.ofHours(2), false,
                "FREQ=WEEKLY", ZoneId.of("UTC"), new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
        assertThat(rule.inFinnishTimeWhenUtc()).isEqualTo(rule);
    }
}
