package fi.silta.importers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.testsupport.FeedServer;
import fi.silta.testsupport.ImportFixtures;

/**
 * Every importer against its own feed with hostile text: a NUL, markup, markup written as character references
 * and a byte that is not UTF-8. The feeds are the shipped fixtures (the Linked Events upstream formats and the
 * HSDS specification's example, see their SOURCE files) and two small feeds written here, with every text field
 * poisoned, and then every field at all (ids, dates, codes). Whatever the feed holds, the run ends with counts
 * that match what was stored and a reason for each failure, and no stored text holds markup or a NUL.
 */
@QuarkusTest
class HostileFeedTextTest {

    private static final Path UPSTREAM = Path.of("src/test/resources/reference-data/activities/linkedevents-helsinki");
    private static final Path HSDS = Path.of("src/test/resources/reference-data/hsds/3.0/examples");
    /**
     * Appended to text: a word (so no poisoned record is taken for another test's record of the same fixture), a
     * NUL, a script, a tag written as references, and a tag.
     */
    private static final String POISON = " myrkky\u0000<script>alert(1)</script>&lt;img src=x onerror=alert(2)&gt;"
            + "<b>!</b>";
    /** Not UTF-8: the feed is read as Windows-1252 and this becomes a "ÿ". */
    private static final byte INVALID = (byte) 0xFF;
    private static final Pattern STORED_MARKUP = Pattern.compile("<\\s*/?\\s*(script|img|b)\\b|\u0000|\\\\u0000");

    private static FeedServer server;

    @Inject
    EntityManager entities;

    enum Feed {
        CSV,
        ICS,
        HSDS,
        LINKED_EVENTS,
        ESPOO,
        LIPPUPISTE,
        OSTERBOTTEN
    }

    @BeforeAll
    static void startServer() {
        server = FeedServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @ParameterizedTest
    @EnumSource(Feed.class)
    void poisonedTextIsImportedWithoutMarkupOrNul(Feed feed) throws IOException {
        JsonPath run = runOf(feed, "text-" + feed.name().toLowerCase().replace('_', '-'), false);
        assertThat(written(run)).as(feed + " " + run.prettify()).isPositive();
        assertTrueCountsAndNoMarkup(feed, run);
    }

    @ParameterizedTest
    @EnumSource(Feed.class)
    void aFeedPoisonedInEveryFieldEndsWithItsTrueCountsAndReasons(Feed feed) throws IOException {
        JsonPath run = runOf(feed, "all-" + feed.name().toLowerCase().replace('_', '-'), true);
        assertTrueCountsAndNoMarkup(feed, run);
        if (run.getString("status").equals("FAILED")) {
            assertThat(run.getString("message")).as(feed.name()).isNotBlank().doesNotContain("\u0000");
        }
    }

    private JsonPath runOf(Feed feed, String source, boolean everyField) throws IOException {
        String path = "/" + source + "/feed";
        server.serve(path, contentType(feed), withInvalidByte(body(feed, everyField)));
        String token = ImportFixtures.adminToken();
        ImportFixtures.createSource(token, Map.of("name", source, "type", feed.name(), "url", server.url(path),
                "defaults", Map.of("municipality", "272", "language", "fi")));
        return ImportFixtures.runToEnd(token, source);
    }

    private void assertTrueCountsAndNoMarkup(Feed feed, JsonPath run) {
        assertThat(run.getString("status")).as(feed.name()).isIn("SUCCEEDED", "COMPLETED_WITH_FAILURES", "FAILED");
        List<Long> stored = activitiesOf(feed, run);
        // Another source's run of the same fixture may have made the activity already: this one then updates it.
        assertThat(written(run)).as(feed.name()).isEqualTo(stored.size());
        List<Map<String, Object>> errors = run.getList("errors");
        assertThat(errors).as(feed.name()).hasSize(run.getInt("counts.failed"));
        errors.forEach(error -> assertThat((String) error.get("reason")).as(feed.name()).isNotBlank()
                .doesNotContain("\u0000"));
        for (long id : stored) {
            String json = given().when().get("/api/v1/activities/" + id).then().statusCode(200).extract().asString();
            assertThat(STORED_MARKUP.matcher(json).find()).as(feed + ": " + json).isFalse();
            String calendar = given().when().get("/api/v1/activities/" + id + ".ics").then().statusCode(200)
                    .extract().asString();
            assertThat(STORED_MARKUP.matcher(calendar).find()).as(feed + ": " + calendar).isFalse();
        }
    }

    private static int written(JsonPath run) {
        return run.getInt("counts.created") + run.getInt("counts.updated") + run.getInt("counts.unchanged");
    }

    private List<Long> activitiesOf(Feed feed, JsonPath run) {
        long runId = run.getLong("id");
        return QuarkusTransaction.requiringNew().call(() -> entities.createNativeQuery("""
                select o.activity_id from activity_origin o
                join import_run r on r.source_id = o.source_id where r.id = :run""", Long.class)
                .setParameter("run", runId).getResultList().stream().map(Long.class::cast).toList());
    }

    private static String contentType(Feed feed) {
        return switch (feed) {
            case CSV -> "text/csv";
            case ICS -> "text/calendar";
            case OSTERBOTTEN -> "application/xml";
            default -> "application/json";
        };
    }

    /** The body with one byte that is not UTF-8 in the first line that holds a letter after its first. */
    private static byte[] withInvalidByte(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        int at = body.indexOf("POISONED");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int index = at < 0 ? bytes.length : body.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        out.write(bytes, 0, index);
        out.write(INVALID);
        out.write(bytes, index, bytes.length - index);
        return out.toByteArray();
    }

    private static String body(Feed feed, boolean everyField) throws IOException {
        return switch (feed) {
            case CSV -> csv(everyField);
            case ICS -> ics(everyField);
            case HSDS -> json(HSDS.resolve("service_full.json"), everyField);
            case LINKED_EVENTS -> json(linkedEvents(), everyField);
            case ESPOO -> json(UPSTREAM.resolve("espoo_opennc_event_2017.json"), everyField);
            case LIPPUPISTE -> json(UPSTREAM.resolve("lippupiste_response.json"), everyField);
            case OSTERBOTTEN -> xml(UPSTREAM.resolve("osterbotten_event_1_fi.xml"), everyField);
        };
    }

    /** A CSV feed of two activities written for this test, in the columns of Silta's CSV template. */
    private static String csv(boolean everyField) {
        String text = "POISONED" + POISON;
        String other = everyField ? POISON : "";
        return "id;title_fi;summary_fi;description_fi;place_name;street_address;postal_code;municipality;start_date;"
                + "start_time;end_time;categories;target_groups;languages;free;price;contact_name;contact_phone\n"
                + String.join(";", quoted("kerho-1" + other), quoted("Kerho" + text), quoted("Yhteenveto" + text),
                        quoted("<p>Kuvaus</p>" + text), quoted("Talo" + text), quoted("Katu 1" + text),
                        quoted("67100" + other), quoted("Kokkola" + text), quoted("8.1.2030" + other),
                        quoted("10:00" + other), quoted("11:00" + other), quoted("Liikunta" + other),
                        quoted("Seniorit" + other), quoted("fi" + other), quoted("ei" + other), quoted("5 €" + text),
                        quoted("Liisa" + text), quoted("040 123" + text))
                + "\n" + "kerho-2;" + quoted("Toinen kerho" + text) + ";;;Talo;;;;9.1.2030;12:00;13:00;;;;;;;\n";
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /** An iCalendar feed of two events written for this test. */
    private static String ics(boolean everyField) {
        String text = "POISONED" + POISON.replace(",", "\\,").replace(";", "\\;");
        String other = everyField ? POISON.replace(";", "") : "";
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Silta tests//Hostile//FI\r\n"
                + "BEGIN:VEVENT\r\nUID:kerho-1@hostile.example" + other + "\r\nDTSTAMP:20291201T120000Z\r\n"
                + "SUMMARY:Kerho" + text + "\r\nDESCRIPTION:Kuvaus" + text + "\r\nLOCATION:Talo" + text
                + "\\, Katu 1\\, 67100 Kokkola\r\nORGANIZER;CN=\"Liisa" + POISON.replace("\"", "").replace(";", "")
                + "\":mailto:liisa@hostile.example\r\nCATEGORIES:Liikunta" + other + "\r\n"
                + "DTSTART;TZID=Europe/Helsinki:20300108T100000" + other + "\r\n"
                + "DTEND;TZID=Europe/Helsinki:20300108T110000" + other + "\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nUID:kerho-2@hostile.example\r\nDTSTAMP:20291201T120000Z\r\nSUMMARY:Toinen kerho"
                + text + "\r\nLOCATION:Talo\r\nDTSTART;TZID=Europe/Helsinki:20300109T120000\r\n"
                + "DURATION:PT1H\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    /** A Linked Events page of one event, written for this test in the fields of the Linked Events API. */
    private static Path linkedEvents() throws IOException {
        Path file = Files.createTempFile("hostile-linked-events", ".json");
        Files.writeString(file, """
                {"meta": {"count": 1, "next": null, "previous": null},
                 "data": [{"id": "hostile:1", "name": {"fi": "Kerho", "sv": "Klubb"},
                   "short_description": {"fi": "Lyhyesti"}, "description": {"fi": "<p>Kuvaus</p>"},
                   "start_time": "2030-01-08T08:00:00Z", "end_time": "2030-01-08T09:00:00Z",
                   "offers": [{"is_free": false, "price": {"fi": "5 €"}, "description": {"fi": "Liput ovelta"}}],
                   "provider": {"fi": "Yhdistys"},
                   "location": {"id": "tprek:1", "name": {"fi": "Talo"}, "street_address": {"fi": "Katu 1"},
                     "postal_code": "67100", "address_locality": {"fi": "Kokkola"}}}]}
                """);
        file.toFile().deleteOnExit();
        return file;
    }

    /**
     * A JSON fixture with hostile text appended to its strings: to text alone (not to ids, codes, dates, numbers
     * or addresses, so the records can still be read), or to every string.
     */
    private static String json(Path file, boolean everyField) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode root = json.readTree(file.toFile());
        poison(root, everyField, new boolean[] { false });
        return json.writeValueAsString(root);
    }

    private static boolean isText(String value) {
        return value.chars().anyMatch(Character::isLetter) && !value.matches("(?i)^(https?:|www\\.|[0-9]).*")
                && !value.matches("^[A-Za-z_]+$") && !value.contains("@")
                && !value.matches(".*\\d{4}-\\d\\d-\\d\\d.*");
    }

    private static void poison(JsonNode node, boolean everyField, boolean[] marked) {
        if (node instanceof ObjectNode object) {
            List<String> names = object.properties().stream().map(Map.Entry::getKey).toList();
            for (String name : names) {
                JsonNode child = object.get(name);
                // Ids and codes stay as they are when only text is poisoned, so the records keep them.
                boolean code = name.toLowerCase(Locale.ROOT).matches("@?id|.*_id|.*id|status|@type|type");
                if (child.isTextual() && (everyField || isText(child.asText()) && !code)) {
                    object.set(name, new TextNode(mark(child.asText(), marked)));
                } else {
                    poison(child, everyField, marked);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode child = array.get(i);
                if (child.isTextual() && (everyField || isText(child.asText()))) {
                    array.set(i, new TextNode(mark(child.asText(), marked)));
                } else {
                    poison(child, everyField, marked);
                }
            }
        }
    }

    private static String mark(String value, boolean[] marked) {
        if (marked[0]) {
            return value + POISON;
        }
        marked[0] = true;
        return value + "POISONED" + POISON;
    }

    /** The Österbotten event with hostile text in its text elements (or all), written as XML escapes. */
    private static String xml(Path file, boolean everyField) throws IOException {
        // A year later than the fixture, so the event is never taken for another test's import of it.
        String xml = Files.readString(file).replace(">2030-", ">2031-");
        String escaped = POISON.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        Matcher element = Pattern.compile("<([A-Za-z]+)>([^<]+)</\\1>").matcher(xml);
        StringBuilder out = new StringBuilder();
        boolean[] marked = { false };
        while (element.find()) {
            String name = element.group(1);
            String value = element.group(2);
            boolean text = everyField || (!name.equals("ID") && isText(value.replace("&#xE4;", "ä")));
            String replaced = text ? value + (marked[0] ? "" : "POISONED") + escaped : value;
            marked[0] |= text;
            element.appendReplacement(out, Matcher.quoteReplacement("<" + name + ">" + replaced + "</" + name + ">"));
        }
        element.appendTail(out);
        return out.toString();
    }
}
