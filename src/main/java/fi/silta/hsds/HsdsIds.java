package fi.silta.hsds;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HSDS names every record by a UUID; Silta's records have numbers. An HSDS id carries the kind of record and its
 * number (and, for a service at a location, the service's number too), so it is stable and read back without a
 * table: {@code <secondary, 8 hex>-<kind, 4 hex>-4000-8000-<number, 12 hex>}.
 */
final class HsdsIds {

    enum Kind {
        ORGANIZATION(1),
        SERVICE(2),
        ACTIVITY(3),
        LOCATION(4),
        SERVICE_AT_PLACE(5),
        ACTIVITY_AT_PLACE(6);

        final int code;

        Kind(int code) {
            this.code = code;
        }
    }

    record Parsed(Kind kind, long secondary, long number) {
    }

    private static final Pattern ID = Pattern
            .compile("([0-9a-f]{8})-([0-9a-f]{4})-4000-8000-([0-9a-f]{12})");

    private HsdsIds() {
    }

    static String of(Kind kind, long number) {
        return of(kind, 0, number);
    }

    static String of(Kind kind, long secondary, long number) {
        return String.format("%08x-%04x-4000-8000-%012x", secondary, kind.code, number);
    }

    static Optional<Parsed> parse(String id) {
        Matcher matcher = ID.matcher(id == null ? "" : id.toLowerCase());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int code = Integer.parseInt(matcher.group(2), 16);
        for (Kind kind : Kind.values()) {
            if (kind.code == code) {
                return Optional.of(new Parsed(kind, Long.parseLong(matcher.group(1), 16),
                        Long.parseLong(matcher.group(3), 16)));
            }
        }
        return Optional.empty();
    }
}
