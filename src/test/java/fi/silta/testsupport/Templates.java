package fi.silta.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the placeholders of feed fixtures, so their dates stay in the coming weeks whenever the tests run:
 * {@code {{BASE}}} becomes the test server's address, {@code @@D<n>T<hh:mm>@@} the UTC instant of that
 * Finnish wall-clock time {@code n} days from today, and {@code @@DATE<n>@@} that day as 4.3.2025.
 */
public final class Templates {

    private static final Pattern DAY = Pattern.compile("@@D(-?\\d+)T(\\d{2}:\\d{2})@@");
    private static final Pattern DATE = Pattern.compile("@@DATE(-?\\d+)@@");
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private Templates() {
    }

    /** The UTC instant of a Finnish wall-clock time {@code days} from today, as feeds write it. */
    public static String instant(int days, String time) {
        return LocalDate.now(HELSINKI).plusDays(days).atTime(LocalTime.parse(time)).atZone(HELSINKI)
                .withZoneSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    public static String fill(String resource, String base) {
        try {
            String text = Files.readString(Path.of("src/test/resources").resolve(resource));
            text = text.replace("{{BASE}}", base);
            LocalDate today = LocalDate.now(HELSINKI);
            Matcher matcher = DAY.matcher(text);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                String instant = today.plusDays(Integer.parseInt(matcher.group(1)))
                        .atTime(LocalTime.parse(matcher.group(2))).atZone(HELSINKI).withZoneSameInstant(ZoneOffset.UTC)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                matcher.appendReplacement(out, instant);
            }
            matcher.appendTail(out);
            Matcher dates = DATE.matcher(out.toString());
            StringBuilder finnish = new StringBuilder();
            while (dates.find()) {
                dates.appendReplacement(finnish, today.plusDays(Integer.parseInt(dates.group(1)))
                        .format(DateTimeFormatter.ofPattern("d.M.yyyy")));
            }
            dates.appendTail(finnish);
            return finnish.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
