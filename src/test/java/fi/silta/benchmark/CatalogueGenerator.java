package fi.silta.benchmark;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes a realistic catalogue of {@code n} activities straight into Silta's tables with COPY: about one
 * organisation per 50 activities (municipalities, parishes, associations, companies), one place per five
 * activities spread over every Finnish postal code area, Finnish and Swedish texts, and single, weekly and
 * monthly schedules expanded into sessions over Silta's 180-day window, as {@code OccurrenceExpander} does.
 * The same seed gives the same catalogue.
 */
final class CatalogueGenerator {

    static final String SOURCE = "benchmark";
    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    private static final int WINDOW_DAYS = 180;
    private static final int CHUNK = 20_000;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String[] WEEKDAYS = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };
    private static final List<String> ACCESSIBILITY = List.of("WHEELCHAIR_ACCESSIBLE", "STEP_FREE_ENTRANCE",
            "ACCESSIBLE_TOILET", "INDUCTION_LOOP", "ELEVATOR", "ACCESSIBLE_PARKING", "PUBLIC_TRANSPORT_NEARBY");
    private static final String[] STREETS = { "Kirkkokatu", "Koulukatu", "Rantatie", "Asemakatu", "Kauppakatu",
            "Puistotie", "Myllytie", "Torikatu", "Sairaalantie", "Urheilutie", "Kirjastokuja", "Keskuskatu" };

    record PostalArea(String code, String municipality, String county, double latitude, double longitude,
            String placeName) {
    }

    /** What was written, for the report. */
    record Counts(int organisations, int places, int activities, int published, long sessions) {
    }

    private final Vocabulary words;
    private final Instant now;

    CatalogueGenerator(Vocabulary words, Instant now) {
        this.words = words;
        this.now = now;
    }

    static List<PostalArea> postalAreas(Connection connection) throws SQLException {
        List<PostalArea> areas = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT p.code, p.municipality_code, m.county_code, p.latitude, "
                        + "p.longitude, p.place_name FROM postal_code p JOIN municipality m ON m.code = p.municipality_code "
                        + "ORDER BY p.code")) {
            while (rs.next()) {
                areas.add(new PostalArea(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                        rs.getDouble(5), rs.getString(6)));
            }
        }
        return areas;
    }

    /** Empties the catalogue (and everything that points at it) and writes {@code n} activities. */
    Counts generate(Connection connection, int n, long seed) throws SQLException, IOException {
        Random random = new Random(seed);
        List<PostalArea> areas = postalAreas(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE organisation, place, activity, schedule, occurrence, hsearch_outbox_event "
                    + "RESTART IDENTITY CASCADE");
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        Instant created = now.minus(400, ChronoUnit.DAYS);

        int organisationCount = Math.max(20, n / 50);
        int placeCount = Math.max(40, n / 5);
        Table organisations = new Table(copy, "organisation", "id, name_fi, name_sv, type, business_id, county_code, "
                + "email, website, verified, created_at, updated_at");
        Table organisationMunicipalities = new Table(copy, "organisation_municipality",
                "organisation_id, municipality_code").after(organisations);
        Map<Integer, PostalArea> homeOfOrganisation = new HashMap<>();
        Map<Integer, String> typeOfOrganisation = new HashMap<>();
        for (int id = 1; id <= organisationCount; id++) {
            PostalArea home = Vocabulary.pick(areas, random);
            homeOfOrganisation.put(id, home);
            int kind = random.nextInt(100);
            String type = kind < 25 ? "MUNICIPALITY" : kind < 45 ? "PARISH" : kind < 95 ? "NGO" : "COMPANY";
            typeOfOrganisation.put(id, type);
            String place = home.placeName().charAt(0) + home.placeName().substring(1).toLowerCase();
            String nameFi = switch (type) {
                case "MUNICIPALITY" -> place + " hyvinvointipalvelut " + id;
                case "PARISH" -> place + " seurakunta " + id;
                case "COMPANY" -> place + " Liikuntapalvelut Oy " + id;
                default -> place + " " + Vocabulary.pick(Vocabulary.ORGANISATION_KINDS_FI, random) + " " + id;
            };
            String nameSv = random.nextInt(4) == 0 ? place + " " + (type.equals("PARISH") ? "församling" : "förening")
                    + " " + id : null;
            organisations.row(id, nameFi, nameSv, type, businessId(id), home.county(), "info" + id + "@example.org",
                    "https://yhdistys" + id + ".example.org", random.nextInt(10) < 8, created, created);
            organisationMunicipalities.row(id, home.municipality());
        }
        organisations.close();
        organisationMunicipalities.close();

        Table places = new Table(copy, "place", "id, organisation_id, name_fi, name_sv, street_address, postal_code, "
                + "municipality_code, latitude, longitude");
        Table placeAccessibility = new Table(copy, "place_accessibility", "place_id, feature").after(places);
        int[] organisationOfPlace = new int[placeCount + 1];
        PostalArea[] areaOfPlace = new PostalArea[placeCount + 1];
        for (int id = 1; id <= placeCount; id++) {
            int organisation = 1 + random.nextInt(organisationCount);
            // Most places are in the organisation's own area, some elsewhere in Finland.
            PostalArea area = random.nextInt(10) < 7 ? homeOfOrganisation.get(organisation) : Vocabulary.pick(areas, random);
            organisationOfPlace[id] = organisation;
            areaOfPlace[id] = area;
            int kind = random.nextInt(Vocabulary.PLACE_KINDS_FI.size());
            String town = area.placeName().charAt(0) + area.placeName().substring(1).toLowerCase();
            places.row(id, organisation, Vocabulary.capitalise(town + " " + Vocabulary.PLACE_KINDS_FI.get(kind)),
                    random.nextInt(3) == 0 ? town + " " + Vocabulary.PLACE_KINDS_SV.get(kind) : null,
                    STREETS[random.nextInt(STREETS.length)] + " " + (1 + random.nextInt(60)), area.code(),
                    area.municipality(), area.latitude() + (random.nextDouble() - 0.5) * 0.02,
                    area.longitude() + (random.nextDouble() - 0.5) * 0.04);
            if (random.nextInt(10) < 4) {
                placeAccessibility.row(id, "WHEELCHAIR_ACCESSIBLE");
            }
        }
        places.close();
        placeAccessibility.close();

        Table activities = new Table(copy, "activity", "id, organisation_id, place_id, title_fi, title_sv, title_en, "
                + "summary_fi, summary_sv, description_fi, description_sv, age_min, free, price_fi, price_sv, "
                + "registration, capacity, status, source, origin_id, last_verified_at, created_at, updated_at, ongoing, "
                + "info_url");
        Table categories = new Table(copy, "activity_category", "activity_id, category_code").after(activities);
        Table targetGroups = new Table(copy, "activity_target_group", "activity_id, target_group_code").after(activities);
        Table languages = new Table(copy, "activity_language", "activity_id, language").after(activities);
        Table accessibility = new Table(copy, "activity_accessibility", "activity_id, feature").after(activities);
        Table schedules = new Table(copy, "schedule", "id, activity_id, first_start, duration_minutes, rrule")
                .after(activities);
        Table occurrences = new Table(copy, "occurrence", "id, activity_id, schedule_id, starts_at, ends_at")
                .after(schedules);
        LocalDate today = LocalDate.ofInstant(now, FINLAND);
        ZonedWindow window = new ZonedWindow(today.atStartOfDay(FINLAND).toInstant(),
                today.plusDays(WINDOW_DAYS).atStartOfDay(FINLAND).toInstant());
        long scheduleId = 0;
        long occurrenceId = 0;
        int published = 0;
        for (int id = 1; id <= n; id++) {
            int placeId = 1 + random.nextInt(placeCount);
            int organisation = random.nextInt(5) == 0 ? 1 + random.nextInt(organisationCount) : organisationOfPlace[placeId];
            Vocabulary.Kind kind = Vocabulary.pick(Vocabulary.KINDS, random);
            String[] audience = Vocabulary.pick(Vocabulary.AUDIENCES, random);
            int languageDraw = random.nextInt(100);
            boolean finnish = languageDraw < 95;
            boolean swedish = languageDraw >= 70;
            String town = areaOfPlace[placeId].placeName().charAt(0)
                    + areaOfPlace[placeId].placeName().substring(1).toLowerCase();
            String titleFi = finnish ? audience[0] + " " + kind.fi() : null;
            String titleSv = swedish ? Vocabulary.capitalise(kind.sv()) + " " + audience[1] : null;
            String titleEn = random.nextInt(20) == 0 ? "Wellbeing group " + id : null;
            String summaryFi = finnish ? Vocabulary.capitalise(kind.fi()) + ", " + town + ". "
                    + Vocabulary.pick(Vocabulary.SENTENCES_FI, random) : null;
            String summarySv = swedish ? Vocabulary.capitalise(kind.sv()) + " i " + town + ". "
                    + Vocabulary.pick(Vocabulary.SENTENCES_SV, random) : null;
            String descriptionFi = finnish ? describeFi(random) : null;
            String descriptionSv = swedish ? describeSv(random) : null;
            boolean free = random.nextInt(10) < 6;
            int statusDraw = random.nextInt(100);
            String status = statusDraw < 94 ? "PUBLISHED" : statusDraw < 97 ? "DRAFT" : "ARCHIVED";
            if (status.equals("PUBLISHED")) {
                published++;
            }
            boolean ongoing = random.nextInt(50) == 0;
            Instant verified = now.minus(random.nextInt(900), ChronoUnit.DAYS);
            activities.row(id, organisation, placeId, titleFi, titleSv, titleEn, summaryFi, summarySv, descriptionFi,
                    descriptionSv, random.nextInt(4) == 0 ? 63 : null, free, free ? null : (2 + random.nextInt(8)) + " €",
                    free || !swedish ? null : (2 + random.nextInt(8)) + " €", random.nextInt(4) == 0 ? "REQUIRED" : "NONE",
                    random.nextInt(3) == 0 ? 10 + random.nextInt(30) : null, status, SOURCE, "bench-" + id, verified,
                    created, verified, ongoing, random.nextInt(3) == 0 ? "https://tapahtumat.example.org/" + id : null);
            Set<String> categoryCodes = new LinkedHashSet<>(List.of(kind.category()));
            if (random.nextInt(10) < 3) {
                categoryCodes.add(Vocabulary.pick(Vocabulary.KINDS, random).category());
            }
            int activityId = id;
            categoryCodes.forEach(code -> categories.row(activityId, code));
            Set<String> groups = new LinkedHashSet<>(List.of(kind.targetGroup()));
            if (random.nextInt(10) < 3) {
                groups.add("EVERYONE");
            }
            groups.forEach(code -> targetGroups.row(activityId, code));
            if (finnish) {
                languages.row(activityId, "fi");
            }
            if (swedish) {
                languages.row(activityId, "sv");
            }
            if (random.nextInt(10) < 2) {
                accessibility.row(activityId, Vocabulary.pick(ACCESSIBILITY, random));
            }
            if (ongoing) {
                continue;
            }
            scheduleId++;
            int durationMinutes = 45 + 15 * random.nextInt(8);
            int scheduleDraw = random.nextInt(100);
            LocalTime time = LocalTime.of(9 + random.nextInt(10), random.nextBoolean() ? 0 : 30);
            List<LocalDateTime> starts = new ArrayList<>();
            String rrule = null;
            LocalDateTime first;
            if (scheduleDraw < 45) {
                first = today.plusDays(random.nextInt(150) - 10).atTime(time);
                starts.add(first);
            } else if (scheduleDraw < 85) {
                DayOfWeek day = DayOfWeek.of(1 + random.nextInt(5 + (random.nextInt(4) == 0 ? 2 : 0)));
                first = today.minusDays(random.nextInt(120)).with(TemporalAdjusters.nextOrSame(day)).atTime(time);
                int count = 8 + random.nextInt(26);
                rrule = "FREQ=WEEKLY;COUNT=" + count + ";BYDAY=" + WEEKDAYS[day.getValue() - 1];
                for (int k = 0; k < count; k++) {
                    starts.add(first.plusWeeks(k));
                }
            } else {
                DayOfWeek day = DayOfWeek.of(1 + random.nextInt(5));
                int ordinal = 1 + random.nextInt(3);
                LocalDate month = today.minusMonths(random.nextInt(4)).withDayOfMonth(1);
                first = month.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, day)).atTime(time);
                int count = 4 + random.nextInt(9);
                rrule = "FREQ=MONTHLY;COUNT=" + count + ";BYDAY=" + ordinal + WEEKDAYS[day.getValue() - 1];
                for (int k = 0; k < count; k++) {
                    starts.add(month.plusMonths(k).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, day)).atTime(time));
                }
            }
            schedules.row(scheduleId, activityId, LOCAL.format(first), durationMinutes, rrule);
            for (LocalDateTime start : starts) {
                Instant startsAt = start.atZone(FINLAND).toInstant();
                if (window.contains(startsAt)) {
                    occurrences.row(++occurrenceId, activityId, scheduleId, startsAt,
                            startsAt.plus(durationMinutes, ChronoUnit.MINUTES));
                }
            }
        }
        for (Table table : List.of(activities, categories, targetGroups, languages, accessibility, schedules, occurrences)) {
            table.close();
        }
        try (Statement statement = connection.createStatement()) {
            // Silta's pooled id generators continue above what was written.
            for (String sequence : List.of("organisation", "place", "activity", "schedule", "occurrence")) {
                statement.execute("SELECT setval('" + sequence + "_id_seq', (SELECT coalesce(max(id), 0) + 1000 FROM "
                        + sequence + "))");
            }
            statement.execute("ANALYZE");
        }
        return new Counts(organisationCount, placeCount, n, published, occurrenceId);
    }

    private String describeFi(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0, sentences = 2 + random.nextInt(3); i < sentences; i++) {
            text.append(Vocabulary.pick(Vocabulary.SENTENCES_FI, random)).append(' ');
        }
        text.append("Aiheina muun muassa ").append(words.inflected(random)).append(", ").append(words.inflected(random))
                .append(" ja ").append(words.inflected(random)).append('.');
        return text.toString();
    }

    private static String describeSv(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0, sentences = 2 + random.nextInt(3); i < sentences; i++) {
            text.append(Vocabulary.pick(Vocabulary.SENTENCES_SV, random)).append(' ');
        }
        return text.toString().strip();
    }

    /** A valid Finnish business id (Y-tunnus) with its check digit. */
    static String businessId(int seed) {
        int[] weights = { 7, 9, 10, 5, 8, 4, 2 };
        for (int candidate = 1_000_000 + seed * 7;; candidate++) {
            String digits = String.format("%07d", candidate % 10_000_000);
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                sum += (digits.charAt(i) - '0') * weights[i];
            }
            int remainder = sum % 11;
            if (remainder == 1) {
                continue;
            }
            return digits + "-" + (remainder == 0 ? 0 : 11 - remainder);
        }
    }

    private record ZonedWindow(Instant from, Instant to) {
        boolean contains(Instant instant) {
            return !instant.isBefore(from) && instant.isBefore(to);
        }
    }

    /** Rows of one table, sent with COPY in chunks; a table whose rows point at another's sends that one's first. */
    private static final class Table {
        private final CopyManager copy;
        private final String sql;
        private final StringBuilder buffer = new StringBuilder();
        private int rows;
        private Table parent;

        Table(CopyManager copy, String table, String columns) {
            this.copy = copy;
            this.sql = "COPY " + table + " (" + columns + ") FROM STDIN WITH (FORMAT csv)";
        }

        Table after(Table referenced) {
            this.parent = referenced;
            return this;
        }

        void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append(',');
                }
                Object value = values[i];
                if (value == null) {
                    continue;
                }
                String text = value instanceof Instant instant ? instant.toString() : value.toString();
                if (value instanceof String) {
                    buffer.append('"').append(text.replace("\"", "\"\"")).append('"');
                } else {
                    buffer.append(text);
                }
            }
            buffer.append('\n');
            if (++rows % CHUNK == 0) {
                flush();
            }
        }

        private void flush() {
            if (parent != null) {
                parent.flush();
            }
            if (buffer.isEmpty()) {
                return;
            }
            try {
                copy.copyIn(sql, new StringReader(buffer.toString()));
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("COPY failed: " + sql, e);
            }
            buffer.setLength(0);
        }

        void close() {
            flush();
        }
    }
}
