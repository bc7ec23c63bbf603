package fi.silta.importers.linkedevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.silta.common.Language;
import fi.silta.importers.FeedSession;
import fi.silta.importers.ImportedActivity;
import fi.silta.importers.KeywordMap;
import fi.silta.importers.ParsedFeed;

/**
 * A municipality's Linked Events-style data, as written for this test after the feed that showed it: dates as
 * local midnight in UTC with the time in the title, and the place only in the description.
 */
class TextHintsTest {

    private static ParsedFeed read(String events) throws Exception {
        JsonNode root = new ObjectMapper().readTree(events);
        List<JsonNode> list = new ArrayList<>();
        root.forEach(list::add);
        FeedSession session = new FeedSession("kunta", URI.create("https://kunta.example/event/"), Language.FI,
                KeywordMap.builder().build(), null, Instant.now(), Instant.now().plusSeconds(30), 10, 1000);
        return new LinkedEventsImporter().map(list, session);
    }

    private static ImportedActivity only(ParsedFeed feed) {
        assertThat(feed.failures()).isEmpty();
        assertThat(feed.records()).hasSize(1);
        return feed.records().get(0);
    }

    private static final String PLACE = """
            "location": {"id": "kunta:1", "name": {"fi": "Kulttuuritalo"}, "postal_code": "67100"}""";

    @Test
    void aDateAtLocalMidnightTakesTheTimeInItsTitle() throws Exception {
        ImportedActivity gig = only(read("""
                [{"id": "kunta:1", "name": {"fi": "Konsertti klo 20.00"}, "start_time": "2030-01-07T22:00:00Z",
                  "end_time": null, %s}]""".formatted(PLACE)));
        assertThat(gig.schedules()).singleElement().satisfies(s -> {
            assertThat(s.firstStart()).isEqualTo(LocalDateTime.of(2030, 1, 8, 20, 0));
            assertThat(s.allDay()).isFalse();
        });
        ImportedActivity gym = only(read("""
                [{"id": "kunta:2", "name": {"fi": "Jumppa"}, "short_description": {"fi": "Joka tiistai kl. 18.30–19.30"},
                  "start_time": "2030-06-10T21:00:00Z", "end_time": "2030-06-10T21:00:00Z", %s}]"""
                .formatted(PLACE)));
        assertThat(gym.schedules()).singleElement().satisfies(s -> {
            assertThat(s.firstStart()).isEqualTo(LocalDateTime.of(2030, 6, 11, 18, 30));
            assertThat(s.duration()).isEqualTo(Duration.ofHours(1));
        });
    }

    @Test
    void aDateAtLocalMidnightWithoutATimeIsAWholeDayNotAZeroMinuteSession() throws Exception {
        ImportedActivity day = only(read("""
                [{"id": "kunta:3", "name": {"fi": "Kirjaston kirpputoripäivä"}, "start_time": "2030-01-07T22:00:00Z",
                  "end_time": null, %s}]""".formatted(PLACE)));
        assertThat(day.schedules()).singleElement().satisfies(s -> {
            assertThat(s.allDay()).isTrue();
            assertThat(s.firstStart()).isEqualTo(LocalDateTime.of(2030, 1, 8, 0, 0));
            assertThat(s.duration()).isEqualTo(Duration.ofDays(1));
        });
        // A real time at midnight with a length is left as it is.
        ImportedActivity night = only(read("""
                [{"id": "kunta:4", "name": {"fi": "Uudenvuoden ilotulitus klo 12"}, "start_time": "2030-12-31T22:00:00Z",
                  "end_time": "2030-12-31T22:30:00Z", %s}]""".formatted(PLACE)));
        assertThat(night.schedules().get(0).firstStart()).isEqualTo(LocalDateTime.of(2031, 1, 1, 0, 0));
    }

    @Test
    void aPlaceWrittenOnlyInTheDescriptionIsRead() throws Exception {
        ImportedActivity labelled = only(read("""
                [{"id": "kunta:5", "name": {"fi": "Lautapeli-ilta"}, "location": null,
                  "description": {"fi": "<p>Pelataan yhdessä.</p><p>Paikka: Nuorisotalo, Rantakatu 3, 67100 Kokkola</p>"},
                  "start_time": "2030-01-08T16:00:00Z", "end_time": "2030-01-08T18:00:00Z"}]"""));
        assertThat(labelled.place().name().fi()).isEqualTo("Nuorisotalo");
        assertThat(labelled.place().streetAddress()).isEqualTo("Rantakatu 3");
        assertThat(labelled.place().postalCode()).isEqualTo("67100");
        ImportedActivity address = only(read("""
                [{"id": "kunta:6", "name": {"fi": "Kuorolaulu"}, "location": null,
                  "description": {"fi": "Harjoitukset pidetään osoitteessa Kirkkokatu 12, 67100 Kokkola."},
                  "start_time": "2030-01-08T16:00:00Z", "end_time": "2030-01-08T18:00:00Z"}]"""));
        assertThat(address.place().postalCode()).isEqualTo("67100");
        ParsedFeed nowhere = read("""
                [{"id": "kunta:7", "name": {"fi": "Jossain"}, "location": null, "description": {"fi": "Tervetuloa!"},
                  "start_time": "2030-01-08T16:00:00Z", "end_time": "2030-01-08T18:00:00Z"}]""");
        assertThat(nowhere.failures()).singleElement().satisfies(f -> assertThat(f.reason()).contains("no place"));
    }
}
