package fi.silta.importers.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fi.silta.common.web.ListPage;
import fi.silta.importers.RunStatus;
import fi.silta.importers.api.SourceView;

/**
 * The source list's choices as the address gives them: which sources (all, those that run, those switched off,
 * those whose last run failed or left records out), a search in the name and address, an order and a page. A value
 * that is not one of the choices is read as the default.
 */
record SourceFilter(Show show, String search, Sort sort, int page) {

    static final int PAGE_SIZE = 25;

    enum Show {
        ALL,
        ENABLED,
        DISABLED,
        FAILING
    }

    enum Sort {
        NAME,
        LAST_RUN,
        ACTIVITIES
    }

    static SourceFilter of(String show, String search, String sort, String page) {
        return new SourceFilter(ListPage.choice(Show.class, show).orElse(Show.ALL), ListPage.search(search),
                ListPage.choice(Sort.class, sort).orElse(Sort.NAME), ListPage.pageNumber(page));
    }

    /** The filters as they go into the list's address; the defaults are left out. */
    Map<String, String> query() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("show", show == Show.ALL ? null : showCode());
        query.put("q", search);
        query.put("sort", sort == Sort.NAME ? null : sortCode());
        return query;
    }

    List<SourceView> apply(List<SourceView> sources) {
        String needle = search == null ? null : search.toLowerCase(Locale.ROOT);
        Comparator<SourceView> byName = Comparator.comparing(SourceView::name);
        Comparator<SourceView> order = switch (sort) {
            case NAME -> byName;
            case LAST_RUN -> Comparator.comparing(SourceFilter::lastStarted, Comparator.nullsLast(
                    Comparator.reverseOrder())).thenComparing(byName);
            case ACTIVITIES -> Comparator.comparingLong(SourceView::activities).reversed().thenComparing(byName);
        };
        return sources.stream().filter(this::shown)
                .filter(s -> needle == null || s.name().contains(needle)
                        || s.url() != null && s.url().toLowerCase(Locale.ROOT).contains(needle))
                .sorted(order).toList();
    }

    private boolean shown(SourceView source) {
        return switch (show) {
            case ALL -> true;
            case ENABLED -> source.enabled();
            case DISABLED -> !source.enabled();
            case FAILING -> source.lastRun() != null && source.lastRun().status() != RunStatus.SUCCEEDED
                    && source.lastRun().status() != RunStatus.RUNNING;
        };
    }

    private static Instant lastStarted(SourceView source) {
        return source.lastRun() == null ? null : source.lastRun().startedAt();
    }

    public String showCode() {
        return show.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String sortCode() {
        return sort.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String searchText() {
        return search == null ? "" : search;
    }
}
