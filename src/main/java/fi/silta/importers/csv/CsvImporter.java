package fi.silta.importers.csv;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import fi.silta.common.LocalizedText;
import fi.silta.importers.FeedException;
import fi.silta.importers.FeedImporter;
import fi.silta.importers.FeedSession;
import fi.silta.importers.ImportedActivity;
import fi.silta.importers.ImportedPlace;
import fi.silta.importers.ImportedSchedule;
import fi.silta.importers.KeywordMap;
import fi.silta.importers.ParsedFeed;
import fi.silta.importers.RecordException;
import fi.silta.importers.RecordFailure;
import fi.silta.importers.SourceType;
import fi.silta.importers.Texts;

/**
 * Silta's CSV template, for organisations that keep their activities in a spreadsheet. The header row is
 * checked first; then each row is one activity, and a row that cannot be one is rejected with its row number
 * and reason. Comma, semicolon (what Excel writes in Finland) and tab separators are recognised, and a file
 * that is not UTF-8 is read as Windows-1252. See docs/importers.md for the columns.
 */
@ApplicationScoped
public class CsvImporter implements FeedImporter {

    private static final Pattern FINNISH_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?");
    private static final Pattern LIST = Pattern.compile("[;,|\\n]");
    private static final Pattern DATES = Pattern.compile("[;,|\\s]+");
    private static final Pattern UNTIL_DATE = Pattern.compile("(?i)UNTIL=(\\d{8})(?![T\\d])");
    private static final Set<String> YES = Set.of("yes", "true", "1", "x", "kyllä", "k", "ja", "j");
    private static final Set<String> NO = Set.of("no", "false", "0", "ei", "e", "nej", "n");
    private static final int EXCERPT = 500;

    @Override
    public SourceType type() {
        return SourceType.CSV;
    }

    @Override
    public ParsedFeed read(FeedSession session) throws FeedException {
        return parse(session.fetchFirst().textGuessingLegacyEncoding(), session);
    }

    /** The spreadsheet's text to records; public for tests without a server. */
    public ParsedFeed parse(String text, FeedSession session) throws FeedException {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char separator = separator(content);
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withoutHeader();
        List<RecordFailure> failures = new ArrayList<>();
        List<ImportedActivity> records = new ArrayList<>();
        try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).with(schema).readValues(content)) {
            if (!rows.hasNext()) {
                throw new FeedException("The CSV file is empty; it needs at least the header row");
            }
            Map<CsvColumn, Integer> columns = header(rows.next());
            int rowNumber = 1;
            while (rows.hasNext()) {
                String[] row = rows.next();
                rowNumber++;
                session.checkTime();
                if (isBlank(row)) {
                    continue;
                }
                session.checkRecordCount(records.size() + failures.size() + 1);
                Row values = new Row(columns, row);
                String id = values.get(CsvColumn.ID);
                String excerpt = Texts.excerpt(String.join(String.valueOf(separator), row), EXCERPT);
                try {
                    records.add(record(values, id, excerpt, session));
                } catch (RecordException e) {
                    failures.add(new RecordFailure(id, "row " + rowNumber + " " + e.getMessage(), excerpt));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new FeedException("Not a readable CSV file: " + Texts.truncate(
                    String.valueOf(e.getMessage()).replaceAll("\\s+", " "), 200));
        }
        return new ParsedFeed(records, failures);
    }

    /** The separator the header row uses most: comma, semicolon or tab. */
    static char separator(String content) {
        int end = content.indexOf('\n');
        String header = end < 0 ? content : content.substring(0, end);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    /** Checks the header row against the template and maps each known column to its position. */
    static Map<CsvColumn, Integer> header(String[] header) throws FeedException {
        Map<CsvColumn, Integer> columns = new EnumMap<>(CsvColumn.class);
        List<String> unknown = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            String name = header[i] == null ? "" : header[i].strip();
            if (name.isEmpty()) {
                continue;
            }
            CsvColumn column = CsvColumn.of(name).orElse(null);
            if (column == null) {
                unknown.add(Texts.truncate(name, 40));
            } else if (columns.putIfAbsent(column, i) != null) {
                repeated.add(column.header());
            }
        }
        List<String> problems = new ArrayList<>();
        if (!unknown.isEmpty()) {
            problems.add("unknown columns " + String.join(", ", unknown));
        }
        if (!repeated.isEmpty()) {
            problems.add("repeated columns " + String.join(", ", repeated));
        }
        List<String> missing = new ArrayList<>();
        CsvColumn.REQUIRED.stream().filter(c -> !columns.containsKey(c)).map(CsvColumn::header).forEach(missing::add);
        if (CsvColumn.TITLES.stream().noneMatch(columns::containsKey)) {
            missing.add("title_fi, title_sv or title_en");
        }
        if (CsvColumn.WHERE.stream().noneMatch(columns::containsKey)) {
            missing.add("place_name, street_address or online_url");
        }
        if (!missing.isEmpty()) {
            problems.add("missing columns " + String.join("; ", missing));
        }
        if (!problems.isEmpty()) {
            throw new FeedException("The CSV header does not follow the template: " + String.join("; ", problems)
                    + ". The template's columns are: " + CsvColumn.allHeaders());
        }
        return columns;
    }

    private static ImportedActivity record(Row row, String id, String excerpt, FeedSession session) {
        ImportedActivity.Builder builder = ImportedActivity.builder(id)
                .title(LocalizedText.of(row.get(CsvColumn.TITLE_FI), row.get(CsvColumn.TITLE_SV),
                        row.get(CsvColumn.TITLE_EN)))
                .summary(LocalizedText.of(row.get(CsvColumn.SUMMARY_FI), row.get(CsvColumn.SUMMARY_SV),
                        row.get(CsvColumn.SUMMARY_EN)))
                .description(LocalizedText.of(row.get(CsvColumn.DESCRIPTION_FI), row.get(CsvColumn.DESCRIPTION_SV),
                        row.get(CsvColumn.DESCRIPTION_EN)))
                .online(row.get(CsvColumn.ONLINE_URL))
                .infoUrl(row.get(CsvColumn.INFO_URL))
                .contact(row.get(CsvColumn.CONTACT_NAME), row.get(CsvColumn.CONTACT_EMAIL),
                        row.get(CsvColumn.CONTACT_PHONE))
                .ages(integer(row, CsvColumn.AGE_MIN), integer(row, CsvColumn.AGE_MAX))
                .excerpt(excerpt);
        if (row.get(CsvColumn.ID) == null) {
            throw new RecordException("has no id");
        }
        String placeName = row.get(CsvColumn.PLACE_NAME);
        String street = row.get(CsvColumn.STREET_ADDRESS);
        if (placeName != null || street != null) {
            LocalizedText names = switch (session.language()) {
                case FI -> LocalizedText.of(placeName, null, null);
                case SV -> LocalizedText.of(null, placeName, null);
                case EN -> LocalizedText.of(null, null, placeName);
            };
            builder.place(ImportedPlace.of(placeName == null ? null : names, street, row.get(CsvColumn.POSTAL_CODE),
                    row.get(CsvColumn.MUNICIPALITY), decimal(row, CsvColumn.LATITUDE),
                    decimal(row, CsvColumn.LONGITUDE)));
        }
        // Codes (PHYSICAL_ACTIVITY), labels (Liikunta, Motion) and the mapping table's words all match.
        KeywordMap.Matches matches = session.keywords().matches();
        list(row.get(CsvColumn.CATEGORIES)).forEach(matches::word);
        list(row.get(CsvColumn.TARGET_GROUPS)).forEach(matches::word);
        builder.categories(matches.categories()).targetGroups(matches.targetGroups());
        list(row.get(CsvColumn.LANGUAGES)).forEach(builder::language);
        String free = row.get(CsvColumn.FREE);
        if (free != null) {
            String answer = free.toLowerCase(Locale.ROOT);
            if (!YES.contains(answer) && !NO.contains(answer)) {
                throw new RecordException("has free '" + Texts.truncate(free, 20) + "'; write yes or no");
            }
            builder.free(YES.contains(answer));
        }
        String price = row.get(CsvColumn.PRICE);
        builder.price(LocalizedText.of(price, null, null));
        builder.schedule(schedule(row, session));
        return builder.build();
    }

    private static ImportedSchedule schedule(Row row, FeedSession session) {
        LocalDate date = date(row.get(CsvColumn.START_DATE), "start_date");
        if (date == null) {
            throw new RecordException("has no start_date");
        }
        LocalTime start = time(row.get(CsvColumn.START_TIME), "start_time");
        LocalTime end = time(row.get(CsvColumn.END_TIME), "end_time");
        Integer minutes = integer(row, CsvColumn.DURATION_MINUTES);
        boolean allDay = start == null;
        Duration duration;
        if (allDay) {
            duration = Duration.ofDays(1);
        } else if (end != null) {
            duration = Duration.between(start, end);
            if (duration.isNegative() || duration.isZero()) {
                // Ends after midnight.
                duration = duration.plusDays(1);
            }
        } else if (minutes != null) {
            if (minutes < 0) {
                throw new RecordException("has a negative duration_minutes");
            }
            duration = Duration.ofMinutes(minutes);
        } else {
            duration = Duration.ZERO;
        }
        LocalTime at = allDay ? LocalTime.MIDNIGHT : start;
        SortedSet<LocalDateTime> exceptions = new TreeSet<>();
        for (String day : dates(row.get(CsvColumn.EXCEPTIONS))) {
            exceptions.add(date(day, "exceptions").atTime(at));
        }
        SortedSet<LocalDateTime> cancelled = new TreeSet<>();
        for (String day : dates(row.get(CsvColumn.CANCELLED))) {
            cancelled.add(date(day, "cancelled").atTime(at));
        }
        String rule = row.get(CsvColumn.RRULE);
        if (rule != null && rule.regionMatches(true, 0, "RRULE:", 0, 6)) {
            rule = rule.substring(6);
        }
        if (rule != null) {
            // UNTIL as a date means to the end of that day, in the activity's own time.
            rule = UNTIL_DATE.matcher(rule).replaceAll("UNTIL=$1T235959");
        }
        return new ImportedSchedule(date.atTime(at), duration, allDay, rule, session.zone(), new TreeSet<>(),
                exceptions, cancelled);
    }

    /** ISO dates (2025-03-04) or Finnish ones (4.3.2025). */
    private static LocalDate date(String value, String column) {
        if (value == null) {
            return null;
        }
        try {
            Matcher finnish = FINNISH_DATE.matcher(value);
            if (finnish.matches()) {
                return LocalDate.of(Integer.parseInt(finnish.group(3)), Integer.parseInt(finnish.group(2)),
                        Integer.parseInt(finnish.group(1)));
            }
            return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeException e) {
            throw new RecordException("has " + column + " '" + Texts.truncate(value, 20)
                    + "'; write a date as 2025-03-04 or 4.3.2025");
        }
    }

    /** 10:00, 10.00 or 10. */
    private static LocalTime time(String value, String column) {
        if (value == null) {
            return null;
        }
        Matcher matcher = TIME.matcher(value);
        try {
            if (matcher.matches()) {
                return LocalTime.of(Integer.parseInt(matcher.group(1)),
                        matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2)));
            }
        } catch (DateTimeException e) {
            // Reported below.
        }
        throw new RecordException("has " + column + " '" + Texts.truncate(value, 20) + "'; write a time as 10:00");
    }

    private static Integer integer(Row row, CsvColumn column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new RecordException("has " + column.header() + " '" + Texts.truncate(value, 20)
                    + "'; write a whole number");
        }
    }

    private static Double decimal(Row row, CsvColumn column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            // Finnish spreadsheets write decimal commas.
            return Double.valueOf(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new RecordException("has " + column.header() + " '" + Texts.truncate(value, 20)
                    + "'; write a number such as 63.8378");
        }
    }

    private static List<String> list(String value) {
        if (value == null) {
            return List.of();
        }
        return LIST.splitAsStream(value).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> dates(String value) {
        if (value == null) {
            return List.of();
        }
        return DATES.splitAsStream(value).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean isBlank(String[] row) {
        for (String cell : row) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** One row's cells by column; blank cells read as absent. */
    private record Row(Map<CsvColumn, Integer> columns, String[] cells) {

        String get(CsvColumn column) {
            Integer index = columns.get(column);
            if (index == null || index >= cells.length || cells[index] == null || cells[index].isBlank()) {
                return null;
            }
            return cells[index].strip();
        }
    }
}
