package fi.silta.benchmark;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * An iCalendar feed of {@code events} events served on loopback (single dates, weekly and monthly
 * recurrences, Finnish texts, places with postal codes), imported through Silta's admin API twice: first
 * into an empty source, then again unchanged.
 */
final class IcsImport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    record Run(String status, long millis, int created, int updated, int unchanged, int failed, double perSecond) {
    }

    record Result(int events, int feedBytes, Run first, Run unchanged) {
    }

    private IcsImport() {
    }

    static String feed(int events, Vocabulary words, LocalDate today, long seed) {
        Random random = new Random(seed);
        StringBuilder ics = new StringBuilder(events * 500);
        ics.append("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Silta benchmark//FI\r\nCALSCALE:GREGORIAN\r\n");
        ics.append("""
                BEGIN:VTIMEZONE\r
                TZID:Europe/Helsinki\r
                BEGIN:DAYLIGHT\r
                TZOFFSETFROM:+0200\r
                TZOFFSETTO:+0300\r
                TZNAME:EEST\r
                DTSTART:19700329T030000\r
                RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r
                END:DAYLIGHT\r
                BEGIN:STANDARD\r
                TZOFFSETFROM:+0300\r
                TZOFFSETTO:+0200\r
                TZNAME:EET\r
                DTSTART:19701025T040000\r
                RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r
                END:STANDARD\r
                END:VTIMEZONE\r
                """);
        String[] postal = { "67100", "67200", "67600", "68600", "69100", "68300", "85800", "68100" };
        for (int i = 0; i < events; i++) {
            Vocabulary.Kind kind = Vocabulary.pick(Vocabulary.KINDS, random);
            String[] audience = Vocabulary.pick(Vocabulary.AUDIENCES, random);
            int draw = random.nextInt(100);
            LocalDateTime start;
            String rule = null;
            if (draw < 60) {
                start = today.plusDays(1 + random.nextInt(120)).atTime(10 + random.nextInt(8), 0);
            } else {
                DayOfWeek day = DayOfWeek.of(1 + random.nextInt(5));
                start = today.plusDays(random.nextInt(14)).with(TemporalAdjusters.nextOrSame(day))
                        .atTime(10 + random.nextInt(8), 30);
                rule = draw < 90 ? "FREQ=WEEKLY;COUNT=" + (6 + random.nextInt(10))
                        : "FREQ=MONTHLY;BYDAY=1" + day.name().substring(0, 2) + ";COUNT=" + (3 + random.nextInt(4));
                if (rule.contains("MONTHLY")) {
                    start = start.toLocalDate().withDayOfMonth(1).plusMonths(1)
                            .with(TemporalAdjusters.dayOfWeekInMonth(1, day)).atTime(start.toLocalTime());
                }
            }
            ics.append("BEGIN:VEVENT\r\n");
            ics.append("UID:bench-").append(i).append("@tapahtumat.example.org\r\n");
            ics.append("DTSTAMP:20261101T080000Z\r\n");
            ics.append("DTSTART;TZID=Europe/Helsinki:").append(LOCAL.format(start)).append("\r\n");
            ics.append("DTEND;TZID=Europe/Helsinki:").append(LOCAL.format(start.plusMinutes(90))).append("\r\n");
            if (rule != null) {
                ics.append("RRULE:").append(rule).append("\r\n");
            }
            ics.append("SUMMARY:").append(audience[0]).append(' ').append(kind.fi()).append(' ').append(i).append("\r\n");
            ics.append("DESCRIPTION:").append(Vocabulary.pick(Vocabulary.SENTENCES_FI, random)).append(' ')
                    .append(Vocabulary.pick(Vocabulary.SENTENCES_FI, random)).append(" Aiheina ")
                    .append(words.inflected(random)).append(".\r\n");
            ics.append("LOCATION:").append(Vocabulary.capitalise(Vocabulary.pick(Vocabulary.PLACE_KINDS_FI, random)))
                    .append("\\, Kirkkokatu ").append(1 + random.nextInt(40)).append("\\, ")
                    .append(postal[random.nextInt(postal.length)]).append(" Kokkola\r\n");
            ics.append("URL:https://tapahtumat.example.org/").append(i).append("\r\n");
            ics.append("END:VEVENT\r\n");
        }
        ics.append("END:VCALENDAR\r\n");
        return ics.toString();
    }

    static Result run(String silta, String adminToken, int events, Vocabulary words, LocalDate today) throws Exception {
        byte[] body = feed(events, words, today, 7).getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tapahtumat.ics", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/calendar; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/tapahtumat.ics";
            String name = "benchmark-ics-" + System.currentTimeMillis();
            Http.post(silta + "/api/v1/admin/sources", adminToken, JSON.writeValueAsString(Map.of("name", name,
                    "type", "ICS", "url", url, "defaults", Map.of("municipality", "272", "language", "fi"),
                    "syncInterval", "P30D"))).expect(201);
            Run first = runToEnd(silta, adminToken, name, events);
            Run again = runToEnd(silta, adminToken, name, events);
            return new Result(events, body.length, first, again);
        } finally {
            server.stop(0);
        }
    }

    private static Run runToEnd(String silta, String token, String source, int events) throws Exception {
        long started = System.nanoTime();
        long id = JSON.readTree(Http.post(silta + "/api/v1/admin/sources/" + source + "/runs", token, null).expect(202)
                .body()).path("id").asLong();
        JsonNode run;
        while (true) {
            run = JSON.readTree(Http.get(silta + "/api/v1/admin/sources/" + source + "/runs/" + id, token).expect(200)
                    .body());
            if (!"RUNNING".equals(run.path("status").asText())) {
                break;
            }
            Thread.sleep(50);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        JsonNode counts = run.path("counts");
        return new Run(run.path("status").asText(), millis, counts.path("created").asInt(),
                counts.path("updated").asInt(), counts.path("unchanged").asInt(), counts.path("failed").asInt(),
                events * 1000.0 / Math.max(1, millis));
    }

}
