package fi.silta.referrals.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import fi.silta.referrals.ReferralStatus;
import fi.silta.referrals.ReferralsConfig;
import fi.silta.referrals.Urgency;
import fi.silta.referrals.api.ReferralRow;

/**
 * One page of a referral list: the user's referrals filtered by status, urgency, municipality, the day they were
 * written, overdue or not, a referral number or a client's name, sorted and cut into pages. The filters that go in
 * the address name no client; a client's name is searched only from a posted form, so that it never stands in an
 * address, a browser's history or a proxy's log.
 *
 * @param rows the rows of this page
 * @param total how many rows match
 * @param page this page, from 1
 * @param pages how many pages there are
 */
record ReferralList(List<ReferralRow> rows, int total, int page, int pages, Filter filter) {

    static final int PAGE_SIZE = 25;

    /** How the list is sorted. */
    enum Sort {
        NEWEST,
        OLDEST,
        URGENCY,
        DUE;

        static Sort of(String value) {
            return Stream.of(values()).filter(s -> s.name().equalsIgnoreCase(value)).findFirst().orElse(NEWEST);
        }

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The list's filters as the address or the posted form gives them; a value that is not one of the choices is
     * read as no filter.
     */
    record Filter(ReferralStatus status, Urgency urgency, String municipality, LocalDate from, LocalDate to,
            boolean overdue, Long number, String name, Sort sort, int page) {

        static Filter of(String status, String urgency, String municipality, String from, String to, String overdue,
                String number, String name, String sort, String page) {
            return new Filter(ReferralStatus.fromCode(blank(status)).orElse(null),
                    Stream.of(Urgency.values()).filter(u -> u.name().equalsIgnoreCase(blank(urgency))).findFirst()
                            .orElse(null),
                    municipality != null && municipality.matches("[0-9]{3}") ? municipality : null, date(from),
                    date(to), "true".equals(overdue) || "on".equals(overdue), number(number),
                    name == null || name.isBlank() ? null : name.strip(), Sort.of(sort), Math.max(1, (int) Math
                            .min(10_000, number(page) == null ? 1 : number(page))));
        }

        /** The filters as a query (never the name), for the page links and the sort links. */
        String query(int toPage, Sort by) {
            List<String> parts = new ArrayList<>();
            add(parts, "status", status == null ? null : status.code());
            add(parts, "urgency", urgency == null ? null : urgency.name());
            add(parts, "municipality", municipality);
            add(parts, "from", from == null ? null : from.toString());
            add(parts, "to", to == null ? null : to.toString());
            add(parts, "overdue", overdue ? "true" : null);
            add(parts, "number", number == null ? null : number.toString());
            add(parts, "sort", by == Sort.NEWEST ? null : by.code());
            add(parts, "page", toPage <= 1 ? null : String.valueOf(toPage));
            return parts.isEmpty() ? "" : "?" + String.join("&", parts);
        }

        public String statusCode() {
            return status == null ? "" : status.code();
        }

        public String urgencyCode() {
            return urgency == null ? "" : urgency.name();
        }

        public String sortCode() {
            return sort.code();
        }

        private static void add(List<String> parts, String name, String value) {
            if (value != null) {
                parts.add(name + "=" + value);
            }
        }

        private static String blank(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }

        private static LocalDate date(String value) {
            try {
                return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        private static Long number(String value) {
            return value != null && value.strip().matches("#?[0-9]{1,12}") ? Long.valueOf(value.strip().replace("#", ""))
                    : null;
        }
    }

    static ReferralList of(List<ReferralRow> all, Filter filter) {
        Comparator<ReferralRow> newest = Comparator.comparing(ReferralRow::createdAt, Comparator.nullsLast(
                Comparator.reverseOrder())).thenComparing(ReferralRow::id, Comparator.reverseOrder());
        Comparator<ReferralRow> order = switch (filter.sort()) {
            case NEWEST -> newest;
            case OLDEST -> newest.reversed();
            case URGENCY -> Comparator.comparing((ReferralRow r) -> urgencyRank(r.urgency())).thenComparing(newest);
            case DUE -> Comparator.comparing(ReferralRow::due, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(newest);
        };
        String name = filter.name() == null ? null : filter.name().toLowerCase(Locale.ROOT);
        List<ReferralRow> matching = all.stream()
                .filter(r -> filter.status() == null || r.status() == filter.status())
                .filter(r -> filter.urgency() == null || r.urgency() == filter.urgency())
                .filter(r -> filter.municipality() == null || filter.municipality().equals(r.municipality()))
                .filter(r -> filter.from() == null || !day(r).isBefore(filter.from()))
                .filter(r -> filter.to() == null || !day(r).isAfter(filter.to()))
                .filter(r -> !filter.overdue() || r.overdue())
                .filter(r -> filter.number() == null || r.id() == filter.number())
                .filter(r -> name == null || r.clientName().toLowerCase(Locale.ROOT).contains(name))
                .sorted(order).toList();
        int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(filter.page(), pages);
        List<ReferralRow> rows = matching.subList((page - 1) * PAGE_SIZE,
                Math.min(matching.size(), page * PAGE_SIZE));
        return new ReferralList(rows, matching.size(), page, pages, filter);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    public String previous() {
        return "/staff/referrals" + filter.query(page - 1, filter.sort());
    }

    public String next() {
        return "/staff/referrals" + filter.query(page + 1, filter.sort());
    }

    /** The address of this list sorted another way, from its first page. */
    public String sortedBy(String sort) {
        return "/staff/referrals" + filter.query(1, Sort.of(sort));
    }

    private static int urgencyRank(Urgency urgency) {
        return urgency == null ? 9 : switch (urgency) {
            case URGENT -> 0;
            case SOON -> 1;
            case ROUTINE -> 2;
        };
    }

    private static LocalDate day(ReferralRow row) {
        return row.createdAt() == null ? LocalDate.MIN : LocalDate.ofInstant(row.createdAt(), ReferralsConfig.TIME_ZONE);
    }
}
