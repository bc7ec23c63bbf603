package fi.silta.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;

import fi.silta.catalogue.CatalogueService;
import fi.silta.catalogue.api.ActivityDetail;
import fi.silta.catalogue.api.ActivityPage;
import fi.silta.catalogue.api.ActivitySummary;
import fi.silta.catalogue.api.CodeLabel;
import fi.silta.catalogue.api.FacetValue;
import fi.silta.catalogue.api.OccurrenceView;
import fi.silta.catalogue.api.OrganisationProfile;
import fi.silta.common.Labels;
import fi.silta.common.Language;
import fi.silta.common.problem.Problem;
import fi.silta.common.problem.ProblemException;
import fi.silta.common.web.Chrome;
import fi.silta.common.web.Field;
import fi.silta.common.web.Link;
import fi.silta.common.web.Option;
import fi.silta.common.web.PageContext;
import fi.silta.common.web.PageMessages;
import fi.silta.organisations.OrganisationType;
import fi.silta.search.ActivityQuery;
import fi.silta.search.ActivityQueryParser;
import fi.silta.search.ActivitySearchService;
import fi.silta.search.TimeOfDay;
import fi.silta.web.Views.ActivityView;
import fi.silta.web.Views.Facet;
import fi.silta.web.Views.FacetLink;
import fi.silta.web.Views.OrganisationView;
import fi.silta.web.Views.Result;
import fi.silta.web.Views.SearchView;
import fi.silta.web.Views.Session;

/**
 * The public pages: search, an activity, an organisation. Plain HTML forms and links, no script needed.
 * Thin: the catalogue and search services do the work; this class turns their records into views.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@PermitAll
class PublicPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(Chrome chrome, SearchView view);

        static native TemplateInstance activity(Chrome chrome, ActivityView activity);

        static native TemplateInstance organisation(Chrome chrome, OrganisationView organisation);

        static native TemplateInstance notFound(Chrome chrome);
    }

    private static final List<String> LIST_FILTERS = List.of("municipality", "category", "targetGroup", "language",
            "accessibility", "organisationType");

    private final ActivitySearchService search;
    private final ActivityQueryParser parser;
    private final CatalogueService catalogue;

    PublicPages(ActivitySearchService search, ActivityQueryParser parser, CatalogueService catalogue) {
        this.search = search;
        this.parser = parser;
        this.catalogue = catalogue;
    }

    @GET
    public Response search(@Context UriInfo uri, @QueryParam("lang") String lang,
            @CookieParam(PageContext.COOKIE) String cookie, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        Language language = PageContext.resolve(lang, cookie, accept);
        PageMessages msg = messages(language);
        Map<String, List<String>> params = new LinkedHashMap<>(uri.getQueryParameters());
        params.remove("lang");
        params.put("lang", List.of(language.code()));
        Map<String, String> errors = new LinkedHashMap<>();
        ActivityPage page;
        ActivityQuery query;
        try {
            query = parser.parse(params);
            page = search.search(query);
        } catch (ProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            for (Problem.FieldError error : e.errors()) {
                errors.put(error.field(), msg.search_error_field(error.message()));
            }
            query = ActivityQuery.browse(language, 1, 20);
            page = new ActivityPage(0, 1, 20, List.of(), Map.of());
        }
        params.remove("lang");
        SearchView view = searchView(params, query, page, errors, language, msg);
        Chrome chrome = chrome(msg.search_title(), language, uri, false);
        TemplateInstance html = Templates.search(chrome, view).setLocale(language.locale());
        return withLanguage(Response.status(errors.isEmpty() ? 200 : 400).entity(html), lang);
    }

    @GET
    @Path("activities/{id}")
    public Response activity(@PathParam("id") String id, @QueryParam("print") String print, @Context UriInfo uri,
            @QueryParam("lang") String lang, @CookieParam(PageContext.COOKIE) String cookie,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        Language language = PageContext.resolve(lang, cookie, accept);
        PageMessages msg = messages(language);
        ActivityDetail detail;
        try {
            detail = catalogue.get(Long.parseLong(id), language);
        } catch (NumberFormatException | ProblemException e) {
            return notFound(language, msg, uri, lang);
        }
        boolean printView = "true".equals(print);
        Chrome chrome = chrome(detail.title(), language, uri, printView);
        return withLanguage(Response.ok(Templates.activity(chrome, activityView(detail, language, msg))
                .setLocale(language.locale())), lang);
    }

    @GET
    @Path("organisations/{id}")
    public Response organisation(@PathParam("id") String id, @Context UriInfo uri, @QueryParam("lang") String lang,
            @CookieParam(PageContext.COOKIE) String cookie, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        Language language = PageContext.resolve(lang, cookie, accept);
        PageMessages msg = messages(language);
        OrganisationProfile profile;
        try {
            profile = catalogue.organisation(Long.parseLong(id), language);
        } catch (NumberFormatException | ProblemException e) {
            return notFound(language, msg, uri, lang);
        }
        OrganisationView view = new OrganisationView(profile.name(), profile.type(), profile.municipalities(),
                profile.email(), profile.phone(), profile.website(),
                profile.activities().stream().map(a -> new Link("/activities/" + a.id(), a.title(), false)).toList());
        return withLanguage(Response.ok(Templates.organisation(chrome(profile.name(), language, uri, false), view)
                .setLocale(language.locale())), lang);
    }

    private Response notFound(Language language, PageMessages msg, UriInfo uri, String lang) {
        return withLanguage(Response.status(404).entity(
                Templates.notFound(chrome(msg.not_found_title(), language, uri, false)).setLocale(language.locale())),
                lang);
    }

    /** A page reached through the language switch remembers the choice for a year. */
    private static Response withLanguage(Response.ResponseBuilder response, String lang) {
        Language.fromCode(lang).ifPresent(language -> response.cookie(new NewCookie.Builder(PageContext.COOKIE)
                .value(language.code()).path("/").maxAge(365 * 24 * 3600).httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).build()));
        return response.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private static PageMessages messages(Language language) {
        return MessageBundles.get(PageMessages.class, io.quarkus.qute.i18n.Localized.Literal.of(language.code()));
    }

    private static Chrome chrome(String title, Language language, UriInfo uri, boolean print) {
        List<Link> languages = new ArrayList<>();
        for (Language other : Language.values()) {
            Map<String, List<String>> params = new LinkedHashMap<>(uri.getQueryParameters());
            params.put("lang", List.of(other.code()));
            languages.add(new Link("/" + uri.getPath().replaceFirst("^/", "") + queryString(params),
                    switch (other) {
                        case FI -> "Suomeksi";
                        case SV -> "På svenska";
                        case EN -> "In English";
                    }, other == language));
        }
        return new Chrome(language.code(), title, languages, print);
    }

    private SearchView searchView(Map<String, List<String>> params, ActivityQuery query, ActivityPage page,
            Map<String, String> errors, Language language, PageMessages msg) {
        Field q = new Field("q", msg.search_query(), first(params, "q"), List.of(), errors.get("q"));
        List<Field> filters = new ArrayList<>();
        filters.add(select("municipality", msg.search_municipality(), params, page.facets().get("municipality"), msg,
                errors));
        filters.add(select("category", msg.search_category(), params, page.facets().get("category"), msg, errors));
        filters.add(select("targetGroup", msg.search_target_group(), params, page.facets().get("targetGroup"), msg,
                errors));
        filters.add(select("language", msg.search_language(), params, page.facets().get("language"), msg, errors));
        filters.add(new Field("free", msg.search_free(), first(params, "free"), List.of(
                new Option("", msg.search_any(), first(params, "free").isEmpty()),
                new Option("true", Labels.get("free.true", language), "true".equals(first(params, "free"))),
                new Option("false", Labels.get("free.false", language), "false".equals(first(params, "free")))),
                errors.get("free")));
        filters.add(select("accessibility", msg.search_accessibility(), params, page.facets().get("accessibility"), msg,
                errors));
        List<Option> types = new ArrayList<>(List.of(new Option("", msg.search_any(),
                first(params, "organisationType").isEmpty())));
        for (OrganisationType type : OrganisationType.values()) {
            types.add(new Option(type.name(), Labels.of(type, language),
                    type.name().equalsIgnoreCase(first(params, "organisationType"))));
        }
        filters.add(new Field("organisationType", msg.search_organisation_type(), first(params, "organisationType"),
                types, errors.get("organisationType")));
        List<Option> days = new ArrayList<>(List.of(new Option("", msg.search_any(), first(params, "weekday").isEmpty())));
        for (DayOfWeek day : DayOfWeek.values()) {
            String key = day.name().substring(0, 3).toLowerCase(Locale.ROOT);
            days.add(new Option(key, weekday(msg, day), key.equals(first(params, "weekday"))));
        }
        filters.add(new Field("weekday", msg.search_weekday(), first(params, "weekday"), days, errors.get("weekday")));
        List<Option> times = new ArrayList<>(List.of(new Option("", msg.search_any(),
                first(params, "timeOfDay").isEmpty())));
        for (TimeOfDay part : TimeOfDay.values()) {
            times.add(new Option(part.parameter(), switch (part) {
                case MORNING -> msg.time_of_day_morning();
                case AFTERNOON -> msg.time_of_day_afternoon();
                case EVENING -> msg.time_of_day_evening();
            }, part.parameter().equals(first(params, "timeOfDay"))));
        }
        filters.add(new Field("timeOfDay", msg.search_time_of_day(), first(params, "timeOfDay"), times,
                errors.get("timeOfDay")));
        filters.add(new Field("from", msg.search_from(), first(params, "from"), List.of(), errors.get("from")));
        filters.add(new Field("to", msg.search_to(), first(params, "to"), List.of(), errors.get("to")));
        filters.add(new Field("postalCode", msg.search_postal_code(), first(params, "postalCode"), List.of(),
                errors.get("postalCode")));
        filters.add(new Field("radiusKm", msg.search_radius(), first(params, "radiusKm"), List.of(),
                errors.get("radiusKm")));
        filters.add(new Field("sort", msg.search_sort(), first(params, "sort"), List.of(
                new Option("", query.hasText() ? msg.search_sort_relevance() : msg.search_sort_soonest(),
                        first(params, "sort").isEmpty()),
                new Option("relevance", msg.search_sort_relevance(), "relevance".equals(first(params, "sort"))),
                new Option("soonest", msg.search_sort_soonest(), "soonest".equals(first(params, "sort"))),
                new Option("distance", msg.search_sort_distance(), "distance".equals(first(params, "sort")))),
                errors.get("sort")));

        List<Result> results = page.items().stream().map(item -> result(item, language)).toList();
        List<Facet> facets = new ArrayList<>();
        for (String name : ActivitySearchService.FACETS) {
            List<FacetValue> values = page.facets().getOrDefault(name, List.of());
            if (values.isEmpty()) {
                continue;
            }
            List<FacetLink> links = values.stream().map(v -> new FacetLink(v.label(), v.count(),
                    "/" + queryString(toggle(params, name, v.key())), selected(params, name, v.key()))).toList();
            facets.add(new Facet(name, facetLabel(name, msg), links));
        }
        int pages = (int) Math.max(1, Math.min((page.total() + page.size() - 1) / page.size(), 10_000 / page.size()));
        Link previous = page.page() > 1 ? new Link("/" + queryString(withPage(params, page.page() - 1)),
                msg.page_previous(), false) : null;
        Link next = page.page() < pages ? new Link("/" + queryString(withPage(params, page.page() + 1)),
                msg.page_next(), false) : null;
        Map<String, List<String>> calendar = new LinkedHashMap<>(params);
        calendar.remove("page");
        calendar.put("lang", List.of(language.code()));
        Map<String, List<String>> clear = new LinkedHashMap<>();
        if (!first(params, "q").isEmpty()) {
            clear.put("q", List.of(first(params, "q")));
        }
        List<String> errorList = new ArrayList<>(errors.isEmpty() ? List.of() : List.of(msg.search_error_summary()));
        return new SearchView(q, filters, errorList, page.total(), results, facets, previous, next, page.page(), pages,
                "/api/v1/activities.ics" + queryString(calendar), "/" + queryString(clear));
    }

    private static Field select(String name, String label, Map<String, List<String>> params, List<FacetValue> facet,
            PageMessages msg, Map<String, String> errors) {
        String current = first(params, name);
        List<Option> options = new ArrayList<>(List.of(new Option("", msg.search_any(), current.isEmpty())));
        boolean currentListed = current.isEmpty();
        for (FacetValue value : facet == null ? List.<FacetValue> of() : facet) {
            boolean selected = value.key().equalsIgnoreCase(current);
            currentListed |= selected;
            options.add(new Option(value.key(), value.label() + " (" + value.count() + ")", selected));
        }
        if (!currentListed) {
            options.add(new Option(current, current, true));
        }
        return new Field(name, label, current, options, errors.get(name));
    }

    private static Result result(ActivitySummary item, Language language) {
        List<String> sessions = item.nextOccurrences().stream().filter(o -> !o.cancelled()).limit(3)
                .map(o -> Views.session(o.start(), o.end(), language)).toList();
        return new Result(item.id(), item.title(), item.summary(),
                item.organisation() == null ? null : item.organisation().name(),
                item.municipality() == null ? null : item.municipality().name(), sessions,
                item.nextOccurrences().isEmpty(), item.distanceKm(), item.free(), item.online());
    }

    static ActivityView activityView(ActivityDetail d, Language language, PageMessages msg) {
        List<Session> sessions = new ArrayList<>();
        for (OccurrenceView o : d.nextOccurrences()) {
            sessions.add(new Session(Views.session(o.start(), o.end(), language), o.cancelled()));
        }
        var place = d.place();
        String address = null;
        String map = null;
        if (place != null && !place.addressConfidential()) {
            List<String> parts = new ArrayList<>();
            if (place.streetAddress() != null) {
                parts.add(place.streetAddress());
            }
            String town = ((place.postalCode() == null ? "" : place.postalCode() + " ")
                    + (place.municipality() == null ? "" : place.municipality().name())).strip();
            if (!town.isEmpty()) {
                parts.add(town);
            }
            address = parts.isEmpty() ? null : String.join(", ", parts);
            if (place.lat() != null && place.lon() != null) {
                map = "https://www.openstreetmap.org/?mlat=" + place.lat() + "&mlon=" + place.lon() + "#map=17/"
                        + place.lat() + "/" + place.lon();
            }
        }
        String age = d.ageMin() == null && d.ageMax() == null ? null
                : (d.ageMin() == null ? "" : d.ageMin()) + "–" + (d.ageMax() == null ? "" : d.ageMax());
        String cost = d.free() ? msg.result_free() : d.price();
        List<String> accessibility = d.accessibility().stream()
                .map(key -> Labels.get("AccessibilityFeature." + key, language)).toList();
        List<String> description = d.description() == null ? List.of()
                : List.of(d.description().split("\\R\\s*\\R")).stream().map(String::strip).filter(p -> !p.isEmpty())
                        .toList();
        boolean required = d.registration() != null && "REQUIRED".equals(d.registration().type());
        var contact = d.contact();
        return new ActivityView(d.id(), d.title(), d.summary(), description, d.easyRead(), sessions,
                place == null ? null : place.name(), address, place != null && place.addressConfidential(), map,
                accessibility, cost, age, d.languages().stream().map(code -> Labels.languageName(code, language)).toList(),
                required, required ? d.registration().url() : null, required ? d.registration().phone() : null,
                contact == null ? null : contact.name(), contact == null ? null : contact.email(),
                contact == null ? null : contact.phone(), d.organisation().id(), d.organisation().name(),
                "/api/v1/activities/" + d.id() + ".ics?lang=" + language.code(),
                "/activities/" + d.id() + "?print=true&lang=" + language.code(), d.online(), d.onlineUrl(),
                d.categories().stream().map(CodeLabel::label).toList());
    }

    private static String facetLabel(String name, PageMessages msg) {
        return switch (name) {
            case "municipality" -> msg.search_municipality();
            case "category" -> msg.search_category();
            case "targetGroup" -> msg.search_target_group();
            case "language" -> msg.search_language();
            case "free" -> msg.search_free();
            case "accessibility" -> msg.search_accessibility();
            default -> msg.search_organisation_type();
        };
    }

    private static String weekday(PageMessages msg, DayOfWeek day) {
        return switch (day) {
            case MONDAY -> msg.weekday_mon();
            case TUESDAY -> msg.weekday_tue();
            case WEDNESDAY -> msg.weekday_wed();
            case THURSDAY -> msg.weekday_thu();
            case FRIDAY -> msg.weekday_fri();
            case SATURDAY -> msg.weekday_sat();
            case SUNDAY -> msg.weekday_sun();
        };
    }

    private static boolean selected(Map<String, List<String>> params, String name, String key) {
        return values(params, name).stream().anyMatch(v -> v.equalsIgnoreCase(key));
    }

    /** The same search with {@code key} added to (or, when already there, removed from) the filter. */
    private static Map<String, List<String>> toggle(Map<String, List<String>> params, String name, String key) {
        Map<String, List<String>> next = new LinkedHashMap<>(params);
        next.remove("page");
        List<String> values = new ArrayList<>(values(params, name));
        if (values.stream().anyMatch(v -> v.equalsIgnoreCase(key))) {
            values.removeIf(v -> v.equalsIgnoreCase(key));
        } else if (LIST_FILTERS.contains(name)) {
            values.add(key);
        } else {
            values = new ArrayList<>(List.of(key));
        }
        if (values.isEmpty()) {
            next.remove(name);
        } else {
            next.put(name, values);
        }
        return next;
    }

    private static List<String> values(Map<String, List<String>> params, String name) {
        List<String> values = new ArrayList<>();
        for (String value : params.getOrDefault(name, List.of())) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        return values;
    }

    private static Map<String, List<String>> withPage(Map<String, List<String>> params, int page) {
        Map<String, List<String>> next = new LinkedHashMap<>(params);
        next.put("page", List.of(String.valueOf(page)));
        return next;
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    private static String queryString(Map<String, List<String>> params) {
        StringBuilder query = new StringBuilder();
        params.forEach((name, values) -> values.stream().filter(v -> v != null && !v.isEmpty()).forEach(value -> query
                .append(query.isEmpty() ? '?' : '&').append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8))));
        return query.toString();
    }
}
