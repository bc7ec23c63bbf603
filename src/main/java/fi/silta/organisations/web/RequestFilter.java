package fi.silta.organisations.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fi.silta.common.web.ListPage;
import fi.silta.organisations.RequestStatus;
import fi.silta.organisations.api.OrganisationRequestView;

/**
 * The join-request list's choices as the address gives them: a status (waiting ones unless another is named, or
 * all), a search in the organisation's name, business id and municipality, an order and a page. A value that is not
 * one of the choices is read as the default.
 */
record RequestFilter(RequestStatus status, String search, Sort sort, int page) {

    static final String ALL = "all";

    enum Sort {
        OLDEST,
        NEWEST,
        NAME
    }

    static RequestFilter of(String status, String search, String sort, String page) {
        RequestStatus chosen = ALL.equalsIgnoreCase(status == null ? "" : status.strip()) ? null
                : ListPage.choice(RequestStatus.class, status).orElse(RequestStatus.PENDING);
        return new RequestFilter(chosen, ListPage.search(search),
                ListPage.choice(Sort.class, sort).orElse(Sort.OLDEST), ListPage.pageNumber(page));
    }

    /** The waiting requests, the longest waiting first: the page as it opens. */
    static RequestFilter waiting() {
        return new RequestFilter(RequestStatus.PENDING, null, Sort.OLDEST, 1);
    }

    /** The filters as they go into the list's address; the defaults are left out. */
    Map<String, String> query() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("status", status == RequestStatus.PENDING ? null : statusCode());
        query.put("q", search);
        query.put("sort", sort == Sort.OLDEST ? null : sortCode());
        return query;
    }

    List<OrganisationRequestView> apply(List<OrganisationRequestView> requests) {
        String needle = search == null ? null : search.toLowerCase(Locale.ROOT);
        Comparator<OrganisationRequestView> oldest = Comparator.comparing(OrganisationRequestView::createdAt)
                .thenComparing(OrganisationRequestView::id);
        Comparator<OrganisationRequestView> order = switch (sort) {
            case OLDEST -> oldest;
            case NEWEST -> oldest.reversed();
            case NAME -> Comparator.comparing((OrganisationRequestView r) -> r.name().toLowerCase(Locale.ROOT))
                    .thenComparing(oldest);
        };
        return requests.stream().filter(r -> status == null || r.status() == status)
                .filter(r -> needle == null || matches(r, needle)).sorted(order).toList();
    }

    private static boolean matches(OrganisationRequestView request, String needle) {
        return contains(request.name(), needle) || contains(request.businessId(), needle)
                || contains(request.municipalityName(), needle);
    }

    private static boolean contains(String value, String needle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
    }

    public String statusCode() {
        return status == null ? ALL : status.name().toLowerCase(Locale.ROOT);
    }

    public String sortCode() {
        return sort.name().toLowerCase(Locale.ROOT);
    }

    public String searchText() {
        return search == null ? "" : search;
    }
}
