package fi.silta.importers.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.silta.common.Language;
import fi.silta.importers.FeedException;
import fi.silta.importers.FeedSession;
import fi.silta.importers.ImportedActivity;
import fi.silta.importers.ImportedSchedule;
import fi.silta.importers.KeywordMap;
import fi.silta.importers.ParsedFeed;

/** The HSDS 3.0 mapping, on the specification's own examples. */
class HsdsImporterTest {

    private static final Path EXAMPLES = Path.of("src/test/resources/reference-data/hsds/3.0/examples");

    private static ParsedFeed read(String file) throws IOException, FeedException {
        JsonNode root = new ObjectMapper().readTree(EXAMPLES.resolve(file).toFile());
        FeedSession session = new FeedSession("hsds", EXAMPLES.resolve(file).toUri(), Language.EN,
                KeywordMap.builder().build(), null, Instant.now(), Instant.now().plusSeconds(30), 10, 1000);
        return new HsdsImporter().read(root, session);
    }

    @Test
    void aFullServiceIsOneActivityAtItsLocation() throws IOException, FeedException {
        ParsedFeed feed = read("service_full.json");
        assertThat(feed.failures()).isEmpty();
        ImportedActivity counselling = feed.records().get(0);
        // A service at a location is known by the service-at-location id.
        assertThat(counselling.originId()).isEqualTo("e94c9f38-1e8f-4564-91d4-d53501ab1765");
        assertThat(counselling.title().en()).isEqualTo("Community Counselling");
        assertThat(counselling.description().en()).startsWith("Counselling Services provided by trained professionals.");
        assertThat(counselling.place().name().en()).isEqualTo("MyCity Civic Center");
        assertThat(counselling.place().streetAddress()).isEqualTo("1-30 Main Street");
        assertThat(counselling.place().locality()).isEqualTo("MyCity");
        // "ABC 1234" is no Finnish postal code, and latitude 100 is off the globe: both left out.
        assertThat(counselling.place().postalCode()).isNull();
        assertThat(counselling.place().latitude()).isNull();
        assertThat(counselling.infoUrl()).isEqualTo("http://example.com/counselling");
        assertThat(counselling.ageMin()).isEqualTo(12);
        assertThat(counselling.ageMax()).isEqualTo(100);
        assertThat(counselling.free()).isFalse();
        assertThat(counselling.price().en()).isEqualTo("35 GBP per 1 hour session");
        assertThat(counselling.contactName()).isEqualTo("Ann Persona");
        assertThat(counselling.contactEmail()).isEqualTo("email@example.com");
        assertThat(counselling.contactPhone()).isEqualTo("+44 1234 234567");
        assertThat(counselling.languages()).containsExactly("ur");
    }

    @Test
    void aScheduleBecomesAnRfc5545SeriesWithoutThePartsTheRfcForbids() throws IOException, FeedException {
        ImportedSchedule schedule = read("service_full.json").records().get(0).schedules().get(0);
        assertThat(schedule.firstStart()).isEqualTo(LocalDateTime.of(2005, 1, 1, 10, 0));
        assertThat(schedule.duration()).isEqualTo(Duration.ofHours(8));
        // timezone 3 is a UTC offset.
        assertThat(schedule.zone()).isEqualTo(ZoneOffset.ofHours(3));
        // COUNT beside UNTIL, and BYWEEKNO, BYMONTHDAY and BYYEARDAY in a weekly rule, are not RFC 5545.
        assertThat(schedule.rrule()).isEqualTo("FREQ=WEEKLY;UNTIL=20050101T235959;BYDAY=TH,FR;WKST=TU");
    }

    @Test
    void everyFormHoldingAServiceGivesTheSameActivity() throws IOException, FeedException {
        for (String file : new String[] { "organization_full.json", "service_at_location_full.json",
                "tabular.json" }) {
            ParsedFeed feed = read(file);
            assertThat(feed.failures()).as(file).isEmpty();
            assertThat(feed.records()).as(file).singleElement().satisfies(record -> {
                assertThat(record.originId()).isEqualTo("e94c9f38-1e8f-4564-91d4-d53501ab1765");
                assertThat(record.title().en()).isEqualTo("Community Counselling");
                assertThat(record.place().name().en()).isEqualTo("MyCity Civic Center");
                assertThat(record.schedules()).hasSize(1);
            });
        }
    }

    /** A feed that yields neither records nor failures is the wrong feed: it fails, saying what it held. */
    @Test
    void filesWithoutServicesFailTheFeedSayingWhatTheyHold() {
        for (String file : new String[] { "organization_list.json", "location.json", "taxonomy.json",
                "taxonomy_list.json", "taxonomy_term.json", "taxonomy_term_list.json", "base.json" }) {
            assertThatThrownBy(() -> read(file)).as(file).isInstanceOf(FeedException.class)
                    .hasMessageMatching("(The HSDS feed holds no services, only|Not an HSDS feed).*");
        }
        assertThatThrownBy(() -> read("organization_list.json")).hasMessageContaining("only organizations");
        assertThatThrownBy(() -> read("location.json")).hasMessageContaining("only locations");
    }

    @Test
    void listItemsWithoutLocationsOrSchedulesAreRejectedWithAReason() throws IOException, FeedException {
        ParsedFeed feed = read("service_list.json");
        assertThat(feed.records()).isEmpty();
        assertThat(feed.failures()).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("no schedule"));
    }
}
