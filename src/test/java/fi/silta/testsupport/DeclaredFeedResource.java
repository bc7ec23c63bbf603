package fi.silta.testsupport;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A parish calendar served on loopback and declared in configuration, as a deployment would ship its source
 * list: {@code silta.sources."startup-parish".*}.
 */
public class DeclaredFeedResource implements QuarkusTestResourceLifecycleManager {

    public static final String SOURCE = "startup-parish";
    public static final String TITLE = "Käsityökahvila Marttojen kanssa";
    /** A valid business id (Y-tunnus) that no organisation in the tests has. */
    public static final String BUSINESS_ID = "1234567-1";

    private FeedServer server;

    @Override
    public Map<String, String> start() {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Helsinki")).plusDays(2);
        String start = day.format(DateTimeFormatter.BASIC_ISO_DATE);
        server = FeedServer.start();
        server.serve("/startup.ics", "text/calendar", """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Silta tests//Declared source//FI
                BEGIN:VEVENT
                UID:kasityokahvila@startup.example
                SUMMARY:%s
                DESCRIPTION:Neulotaan ja juodaan kahvia.
                LOCATION:Seurakuntakoti\\, Kirkkokatu 1\\, 67100 Kokkola
                DTSTART;TZID=Europe/Helsinki:%sT130000
                DTEND;TZID=Europe/Helsinki:%sT150000
                RRULE:FREQ=WEEKLY;COUNT=8
                END:VEVENT
                END:VCALENDAR
                """.formatted(TITLE, start, start));
        String key = "silta.sources.\"" + SOURCE + "\".";
        return Map.of(key + "type", "ICS",
                key + "url", server.url("/startup.ics"),
                key + "organisation", BUSINESS_ID,
                key + "every", "PT1H",
                key + "municipality", "272",
                key + "categories", "CRAFTS,SOCIAL");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
