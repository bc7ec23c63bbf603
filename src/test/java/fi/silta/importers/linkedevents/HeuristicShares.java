package fi.silta.importers.linkedevents;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.silta.common.Language;
import fi.silta.common.LocalizedText;
import fi.silta.importers.FeedSession;
import fi.silta.importers.FreeAddress;
import fi.silta.importers.ImportedActivity;
import fi.silta.importers.KeywordMap;
import fi.silta.importers.ParsedFeed;
import fi.silta.importers.Texts;
import fi.silta.importers.espoo.EspooOpenNcReader;
import fi.silta.importers.ics.IcsImporter;
import fi.silta.importers.lippupiste.LippupisteReader;
import fi.silta.testsupport.Templates;

/**
 * Measures how many records the importers' heuristics change on the corpora: the municipality from free
 * addresses, the cross-source match without the venue in the title, and the Linked Events time and place read
 * from text. Run from the project folder; the numbers are quoted in docs/importers.md.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=fi.silta.importers.linkedevents.HeuristicShares
 * </pre>
 */
public final class HeuristicShares {

    private static final Path ICAL = Path.of("src/test/resources/reference-data/ical");
    private static final Path UPSTREAM = Path.of("src/test/resources/reference-data/activities/linkedevents-helsinki");
    /** The old rule: only a part "NNNNN Town" after the first gave a postal code and town. */
    private static final Pattern OLD_POSTAL_CODE_AND_TOWN = Pattern.compile("(\\d{5})\\s+(\\p{L}[\\p{L} .'-]*)");
    private static final Pattern LOCATION = Pattern.compile("(?m)^LOCATION(?:;[^:]*)?:(.*)$");
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private HeuristicShares() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ICAL)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        int locations = 0;
        int addressChanged = 0;
        List<ImportedActivity> icsRecords = new ArrayList<>();
        IcsImporter ics = new IcsImporter();
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\r\n", "\n")
                    .replace("\n ", "").replace("\n\t", "");
            Matcher location = LOCATION.matcher(text);
            while (location.find()) {
                String value = location.group(1).replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n");
                locations++;
                if (!sameAddress(value)) {
                    addressChanged++;
                }
            }
            try {
                icsRecords.addAll(ics.parse(text, session(file.toUri())).records());
            } catch (Exception e) {
                // A file rejected whole holds no records to measure.
            }
        }
        int events = (int) files.stream().mapToLong(HeuristicShares::events).sum();
        System.out.printf(Locale.ROOT, "5  municipality from free addresses (iCalendar corpus): %d of %d LOCATION values"
                + " (%d events) read differently%n", addressChanged, locations, events);

        List<ImportedActivity> upstream = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        FeedSession session = session(URI.create("https://events.example/"));
        upstream.addAll(EspooOpenNcReader.read(json.readTree(UPSTREAM.resolve("espoo_opennc_event_2017.json")
                .toFile()), session).records());
        upstream.addAll(LippupisteReader.read(json.readTree(UPSTREAM.resolve("lippupiste_response.json").toFile()),
                session).records());
        List<JsonNode> linkedEvents = new ArrayList<>();
        for (String page : List.of("importers/linkedevents/page-1.json", "importers/linkedevents/page-2.json")) {
            json.readTree(Templates.fill(page, "https://events.example")).path("data").forEach(linkedEvents::add);
        }
        ParsedFeed linked = new LinkedEventsImporter().map(linkedEvents, session);
        upstream.addAll(linked.records());
        System.out.printf(Locale.ROOT, "9  match key without the venue: %d of %d iCalendar records, %d of %d Linked "
                + "Events fixture records%n", keyChanged(icsRecords), icsRecords.size(), keyChanged(upstream),
                upstream.size());

        int dateOnly = 0;
        int placeInText = 0;
        for (JsonNode event : linkedEvents) {
            if (midnightDate(event)) {
                dateOnly++;
            }
            if (event.path("location").isNull() || event.path("location").isMissingNode()) {
                JsonNode description = event.path("description").path("fi");
                if (description.isTextual() && TextHints.placeIn(description.asText(), Language.FI) != null) {
                    placeInText++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "13 Linked Events fixtures: %d of %d events dated as local midnight, %d of %d"
                + " placed from their description%n", dateOnly, linkedEvents.size(), placeInText, linkedEvents.size());
    }

    private static FeedSession session(URI url) {
        return new FeedSession("measure", url, Language.FI, KeywordMap.builder().build(), null, Instant.now(),
                Instant.now().plusSeconds(60), 10, 20_000);
    }

    private static long events(Path file) {
        try {
            return Pattern.compile("BEGIN:VEVENT").matcher(Files.readString(file, StandardCharsets.ISO_8859_1))
                    .results().count();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Whether the old rule and {@link FreeAddress} find the same postal code and town. */
    private static boolean sameAddress(String location) {
        String[] parts = Stream.of(location.split("[,\\n]")).map(String::strip).filter(p -> !p.isEmpty())
                .toArray(String[]::new);
        String code = null;
        String town = null;
        for (int i = parts.length - 1; i >= 1; i--) {
            Matcher matcher = OLD_POSTAL_CODE_AND_TOWN.matcher(parts[i]);
            if (code == null && matcher.matches()) {
                code = matcher.group(1);
                town = matcher.group(2);
            }
        }
        FreeAddress now = FreeAddress.parse(location);
        return Objects.equals(code, now.postalCode()) && Objects.equals(town, now.town());
    }

    private static int keyChanged(List<ImportedActivity> records) {
        int changed = 0;
        for (ImportedActivity record : records) {
            String placeKey = record.place() != null ? Texts.key(first(record.place().name())) : "online";
            String old = Texts.truncate(Texts.key(first(record.title())), 400) + "|" + Texts.truncate(placeKey, 190);
            if (!old.equals(record.matchKey())) {
                changed++;
                if (System.getenv("SHOW") != null) {
                    System.out.println("   " + old + "  ->  " + record.matchKey());
                }
            }
        }
        return changed;
    }

    private static String first(LocalizedText text) {
        return text.fi() != null ? text.fi() : text.sv() != null ? text.sv() : text.en();
    }

    private static boolean midnightDate(JsonNode event) {
        String start = event.path("start_time").asText("");
        if (start.length() <= 10) {
            return false;
        }
        OffsetDateTime at = OffsetDateTime.parse(start);
        String end = event.path("end_time").asText("");
        Duration length = end.length() > 10 ? Duration.between(at, OffsetDateTime.parse(end)) : Duration.ZERO;
        return at.atZoneSameInstant(HELSINKI).toLocalTime().equals(LocalTime.MIDNIGHT)
                && length.toMinutes() % (24 * 60) == 0;
    }
}
