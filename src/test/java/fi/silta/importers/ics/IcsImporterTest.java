package fi.silta.importers.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fi.silta.common.Language;
import fi.silta.importers.FeedException;
import fi.silta.importers.FeedSession;
import fi.silta.importers.ImportedActivity;
import fi.silta.importers.ImportedSchedule;
import fi.silta.importers.KeywordMap;
import fi.silta.importers.ParsedFeed;
import fi.silta.importers.RecordFailure;

/** The iCalendar mapping, on a parish calendar written to hold the quirks feeds have in the wild. */
class IcsImporterTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static ParsedFeed feed;
    private static Map<String, ImportedActivity> records;
    private static Map<String, RecordFailure> failures;

    @BeforeAll
    static void importParishCalendar() throws IOException, FeedException {
        String text = Files.readString(Path.of("src/test/resources/importers/ics/seurakunta.ics"));
        feed = new IcsImporter().parse(text, session(Language.FI));
        records = feed.records().stream().collect(Collectors.toMap(ImportedActivity::originId, Function.identity()));
        failures = feed.failures().stream().collect(Collectors.toMap(RecordFailure::originId, Function.identity()));
    }

    static FeedSession session(Language language) {
        KeywordMap keywords = KeywordMap.builder()
                .category(KeywordMap.TEXT, "liikunta", "PHYSICAL_ACTIVITY")
                .category(KeywordMap.TEXT, "kuoro", "MUSIC")
                .targetGroup(KeywordMap.TEXT, "seniorit", "SENIORS")
                .build();
        return new FeedSession("parish", Path.of("seurakunta.ics").toUri(), language, keywords, null, Instant.now(),
                Instant.now().plusSeconds(30), 10, 1000);
    }

    @Test
    void aSeriesWithOverridesIsOneActivity() {
        assertThat(records).containsOnlyKeys("tuolijumppa@srk.example", "kuoro@srk.example", "basar@srk.example",
                "luento@srk.example", "verkko@srk.example");
        ImportedActivity gym = records.get("tuolijumppa@srk.example");
        assertThat(gym.title().fi()).isEqualTo("Tuolijumppa seurakuntakodissa");
        assertThat(gym.schedules()).hasSize(2);
        ImportedSchedule series = gym.schedules().get(0);
        assertThat(series.firstStart()).isEqualTo(LocalDateTime.of(2030, 1, 8, 10, 0));
        assertThat(series.duration()).isEqualTo(Duration.ofHours(1));
        assertThat(series.zone()).isEqualTo(HELSINKI);
        // UNTIL in UTC becomes the series' wall-clock time: 08:00Z is 11:00 in Finnish summer time.
        assertThat(series.rrule()).isEqualTo("FREQ=WEEKLY;BYDAY=TU;UNTIL=20300528T110000");
        assertThat(series.extraDates()).containsExactly(LocalDateTime.of(2030, 6, 4, 10, 0));
        // The EXDATE and the moved date leave the series; the cancelled date stays in it, marked.
        assertThat(series.exceptions()).containsExactly(LocalDateTime.of(2030, 1, 15, 10, 0),
                LocalDateTime.of(2030, 2, 26, 10, 0));
        assertThat(series.cancelled()).containsExactly(LocalDateTime.of(2030, 1, 22, 10, 0));
        ImportedSchedule moved = gym.schedules().get(1);
        assertThat(moved.rrule()).isNull();
        assertThat(moved.firstStart()).isEqualTo(LocalDateTime.of(2030, 1, 16, 12, 0));
        assertThat(moved.duration()).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void descriptionsLoseScriptsAndMarkupButKeepParagraphs() {
        ImportedActivity gym = records.get("tuolijumppa@srk.example");
        assertThat(gym.description().fi())
                .isEqualTo("Rauhallista jumppaa tuolilla istuen.\n\nTervetuloa, myös ensikertalaiset!");
        assertThat(gym.summary().fi()).isEqualTo("Rauhallista jumppaa tuolilla istuen. Tervetuloa, myös ensikertalaiset!");
    }

    @Test
    void locationGeoCategoriesUrlAndOrganizerAreMapped() {
        ImportedActivity gym = records.get("tuolijumppa@srk.example");
        assertThat(gym.place().name().fi()).isEqualTo("Seurakuntakoti");
        assertThat(gym.place().streetAddress()).isEqualTo("Vartiokatu 7");
        assertThat(gym.place().postalCode()).isEqualTo("67100");
        assertThat(gym.place().locality()).isEqualTo("Kokkola");
        assertThat(gym.place().latitude()).isEqualTo(63.8378);
        assertThat(gym.place().longitude()).isEqualTo(23.1305);
        assertThat(gym.categories()).containsExactly("PHYSICAL_ACTIVITY");
        assertThat(gym.targetGroups()).containsExactly("SENIORS");
        assertThat(gym.infoUrl()).isEqualTo("https://srk.example/tuolijumppa");
        assertThat(gym.contactName()).isEqualTo("Diakoni Maija Meikäläinen");
        assertThat(gym.contactEmail()).isEqualTo("diakonia@srk.example");
        assertThat(gym.languages()).containsExactly("fi");
    }

    @Test
    void aZoneDefinedOnlyByItsVtimezoneBecomesTheIanaZoneWithTheSameRules() {
        ImportedSchedule choir = records.get("kuoro@srk.example").schedules().get(0);
        // "Western/Central Europe" is no IANA name; its VTIMEZONE has Central European rules.
        assertThat(choir.zone().getId()).startsWith("Europe/");
        assertThat(choir.zone().getRules().getOffset(Instant.parse("2030-01-15T12:00:00Z")))
                .isEqualTo(ZoneOffset.ofHours(1));
        assertThat(choir.zone().getRules().getOffset(Instant.parse("2030-07-15T12:00:00Z")))
                .isEqualTo(ZoneOffset.ofHours(2));
        assertThat(choir.firstStart()).isEqualTo(LocalDateTime.of(2030, 1, 9, 18, 0));
        assertThat(choir.duration()).isEqualTo(Duration.ofMinutes(90));
        assertThat(choir.rrule()).isEqualTo("FREQ=WEEKLY;COUNT=10");
        assertThat(records.get("kuoro@srk.example").categories()).containsExactly("MUSIC");
    }

    @Test
    void wholeDayEventsAndLanguageParametersAreKept() {
        ImportedActivity bazaar = records.get("basar@srk.example");
        assertThat(bazaar.title().sv()).isEqualTo("Julbasar");
        assertThat(bazaar.title().fi()).isNull();
        assertThat(bazaar.languages()).containsExactly("sv");
        ImportedSchedule day = bazaar.schedules().get(0);
        assertThat(day.allDay()).isTrue();
        assertThat(day.firstStart()).isEqualTo(LocalDateTime.of(2030, 12, 5, 0, 0));
        assertThat(day.duration()).isEqualTo(Duration.ofDays(1));
        assertThat(bazaar.place().postalCode()).isEqualTo("67100");
        assertThat(bazaar.place().locality()).isEqualTo("Karleby");
    }

    @Test
    void utcTimesWithABogusGmtTzidAreReadAsUtcAndShownInFinnishTime() {
        ImportedSchedule lecture = records.get("luento@srk.example").schedules().get(0);
        assertThat(lecture.zone()).isEqualTo(HELSINKI);
        assertThat(lecture.firstStart()).isEqualTo(LocalDateTime.of(2030, 3, 10, 17, 0));
        assertThat(lecture.duration()).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void aVendorPrefixedIanaZoneAndAnOnlineLocationAreUnderstood() {
        ImportedActivity online = records.get("verkko@srk.example");
        assertThat(online.place()).isNull();
        assertThat(online.onlineUrl()).isEqualTo("https://meet.example/raamattupiiri");
        assertThat(online.schedules().get(0).zone()).isEqualTo(ZoneId.of("Europe/Stockholm"));
        assertThat(online.schedules().get(0).firstStart()).isEqualTo(LocalDateTime.of(2030, 3, 11, 17, 0));
        assertThat(online.schedules().get(0).zone()).isNotEqualTo(ZoneOffset.UTC);
    }

    @Test
    void eventsThatCannotBeListedAreRejectedOneByOneWithAReason() {
        assertThat(failures).containsOnlyKeys("ei-paikkaa@srk.example", "yksityinen@srk.example", "rikki@srk.example");
        assertThat(failures.get("ei-paikkaa@srk.example").reason()).contains("no place");
        assertThat(failures.get("yksityinen@srk.example").reason()).contains("private");
        assertThat(failures.get("rikki@srk.example").reason()).contains("impossible date");
        assertThat(failures.get("rikki@srk.example").excerpt()).contains("SUMMARY:Rikkinäinen päivämäärä");
    }

    @Test
    void somethingThatIsNotACalendarIsRejectedAsAWhole() {
        assertThatThrownBy(() -> new IcsImporter().parse("<html><body>Not found</body></html>", session(Language.FI)))
                .isInstanceOf(FeedException.class).hasMessageContaining("BEGIN:VCALENDAR");
        assertThatThrownBy(() -> new IcsImporter().parse("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\n",
                session(Language.FI))).isInstanceOf(FeedException.class).hasMessageContaining("Unexpected end");
    }
}
