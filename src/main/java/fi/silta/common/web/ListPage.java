package fi.silta.common.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One page of a staff list that is filtered, searched and sorted: the rows of this page, how many rows match, which
 * page this is of how many, and the addresses of the pages before and after (with the same filters). The {@code paging}
 * tag shows the links. A list's filters travel in the address so that a page can be bookmarked and shared; a
 * search that could name a client never does (the referral list posts those).
 *
 * @param <T> a row
 */
public record ListPage<T>(List<T> rows, int total, int page, int pages, String previous, String next) {

    /**
     * The page a list asks for, cut from all matching rows (already filtered and sorted). A page beyond the last
     * shows the last.
     *
     * @param path the list's address without a query
     * @param query the filters and sort as they go into the address (null or blank values are left out)
     */
    public static <T> ListPage<T> of(List<T> matching, int requested, int size, String path, Map<String, String> query) {
        int pages = Math.max(1, (matching.size() + size - 1) / size);
        int page = Math.max(1, Math.min(requested, pages));
        List<T> rows = matching.subList(Math.min(matching.size(), (page - 1) * size),
                Math.min(matching.size(), page * size));
        return new ListPage<>(List.copyOf(rows), matching.size(), page, pages,
                page > 1 ? address(path, query, page - 1) : null, page < pages ? address(path, query, page + 1) : null);
    }

    /** The list's address with the given filters and page, e.g. {@code /staff/admin/sources?status=failed&page=2}. */
    public static String address(String path, Map<String, String> query, int page) {
        Map<String, String> all = new LinkedHashMap<>(query);
        all.put("page", String.valueOf(page));
        return address(path, all);
    }

    /** The list's address with the given query; null or blank values are left out. */
    public static String address(String path, Map<String, String> query) {
        List<String> parts = new ArrayList<>();
        query.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                // A space as %20: a query parameter is not form data, and "+" would be read as a plus.
                parts.add(name + "=" + QueryStrings.encode(value).replace("+", "%20"));
            }
        });
        return parts.isEmpty() ? path : path + "?" + String.join("&", parts);
    }

    /** A page number from the address: 1 when it is missing or not a number. */
    public static int pageNumber(String value) {
        return value != null && value.strip().matches("[0-9]{1,5}") ? Math.max(1, Integer.parseInt(value.strip())) : 1;
    }

    /** The constant of an enum the address names (case does not matter, "last-run" names LAST_RUN), if any. */
    public static <E extends Enum<E>> Optional<E> choice(Class<E> type, String value) {
        return value == null ? Optional.empty()
                : Stream.of(type.getEnumConstants())
                        .filter(e -> e.name().equalsIgnoreCase(value.strip().replace('-', '_'))).findFirst();
    }

    /** A search as the address gives it: stripped, at most 100 characters, null when empty. */
    public static String search(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > 100 ? stripped.substring(0, 100) : stripped;
    }

    public boolean hasPrevious() {
        return previous != null;
    }

    public boolean hasNext() {
        return next != null;
    }
}
