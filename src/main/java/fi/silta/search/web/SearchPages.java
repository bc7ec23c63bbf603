package fi.silta.search.web;

import java.lang.annotation.Annotation;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import fi.silta.common.problem.Problem;
import fi.silta.common.problem.ProblemException;
import fi.silta.common.validation.PlainText;
import fi.silta.common.web.Chrome;
import fi.silta.common.web.FormErrors;
import fi.silta.common.web.PageContext;
import fi.silta.common.web.PageMessages;
import fi.silta.search.ActivityQuery;
import fi.silta.search.ActivitySearchService;
import fi.silta.search.SearchMapper;
import fi.silta.search.ServiceFinder;
import fi.silta.search.api.ActivityPage;
import fi.silta.search.api.ActivitySearchParams;

/**
 * The public search page: a plain HTML form and links, no script needed. It takes the API's parameters and rules;
 * a wrong value is explained beside its field in the page's language, and then nothing is searched.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@PermitAll
class SearchPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(Chrome chrome, SearchView view, String subscribeHref);
    }

    private final ActivitySearchService search;
    private final SearchMapper mapper;
    private final PageContext context;
    private final Validator validator;
    private final Clock clock;
    private final SearchView.MapTiles tiles;
    /** Silta's public address without its scheme, under which calendars subscribe ({@code webcal:}). */
    private final String webcalBase;
    /** What finds services beside activities, when a feature offers it. */
    private final Instance<ServiceFinder> services;

    SearchPages(ActivitySearchService search, SearchMapper mapper, PageContext context, Validator validator,
            Clock clock, Instance<ServiceFinder> services, @ConfigProperty(name = "silta.public-url") String publicUrl,
            @ConfigProperty(name = "silta.search.map.tile-url") String tileUrl,
            @ConfigProperty(name = "silta.search.map.tile-attribution") String tileAttribution) {
        this.clock = clock;
        this.services = services;
        String base = publicUrl.replaceAll("/+$", "");
        this.webcalBase = "webcal:" + base.substring(base.indexOf(':') + 1);
        this.tiles = new SearchView.MapTiles(tileUrl, tileAttribution);
        this.search = search;
        this.mapper = mapper;
        this.context = context;
        this.validator = validator;
    }

    @GET
    public Response search(@BeanParam ActivitySearchParams params, @Context UriInfo uri) {
        // A form sent without script sends every field, the empty ones too: the address is tidied to the filters in
        // use, so that a link to the results is short enough to share.
        Map<String, List<String>> given = uri.getQueryParameters();
        if (given.values().stream().flatMap(List::stream).anyMatch(value -> value == null || value.isBlank())) {
            return Response.seeOther(URI.create("/" + SearchForm.queryString(given))).build();
        }
        SearchMessages msg = context.messages(SearchMessages.class);
        // The page's language is decided once for the whole page; a lang it did not understand is not an error here.
        params = params.inLanguage(context.language());
        Map<String, String> errors = new LinkedHashMap<>();
        validator.validate(params).stream()
                .sorted(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
                .forEach(violation -> errors.putIfAbsent(FormErrors.field(violation), message(violation, msg)));
        Optional<SearchKinds.Kind> kind = SearchKinds.Kind.of(given.getOrDefault("kind", List.of()).stream()
                .findFirst().orElse(null));
        if (kind.isEmpty()) {
            errors.put("kind", explanation("kind", msg));
        }
        ActivityPage page = null;
        // Search is away for a moment (the engine or the database): the page says so and when to try again.
        ProblemException unavailable = null;
        if (errors.isEmpty()) {
            try {
                page = search.search(params);
            } catch (ProblemException e) {
                if (e.status() == 503) {
                    unavailable = e;
                } else if (e.status() != 400) {
                    throw e;
                }
                for (Problem.FieldError error : e.errors()) {
                    errors.putIfAbsent(error.field(), explanation(error.field(), msg));
                }
            }
        }
        Map<String, List<String>> query = new LinkedHashMap<>(uri.getQueryParameters());
        query.remove("lang");
        SearchView.Services found = SearchKinds.find(kind.orElse(SearchKinds.Kind.ALL), query,
                services.isResolvable() ? Optional.of(services.get()) : Optional.empty(),
                page != null && unavailable == null, context.language(), msg);
        SearchView view = new SearchForm(query, msg, context.locale(), LocalDate.now(clock.withZone(ActivityQuery.ZONE)), tiles)
                .view(
                        page, errors, params.hasText(),
                        mapper.organisationTypes(context.language()), unavailable != null, found);
        TemplateInstance html = Templates.search(context.chrome(msg.search_title()), view,
                subscription(view.calendarHref())).setLocale(context.locale());
        Response.ResponseBuilder response = Response.status(unavailable != null ? 503 : errors.isEmpty() ? 200 : 400)
                .entity(html).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        if (unavailable != null && unavailable.retryAfter() != null) {
            response.header("Retry-After", Long.toString(Math.max(1, unavailable.retryAfter().toSeconds())));
        }
        return response.build();
    }

    /** The results' calendar file as a subscription that calendar applications refresh. */
    private String subscription(String calendarHref) {
        return webcalBase + calendarHref;
    }

    /** Too long or not plain text, the shared words say it best; otherwise what a right value looks like. */
    private String message(ConstraintViolation<?> violation, SearchMessages msg) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        if (constraint instanceof Size || constraint instanceof PlainText) {
            return FormErrors.message(violation, context.messages(PageMessages.class));
        }
        return explanation(FormErrors.field(violation), msg);
    }

    private static String explanation(String parameter, SearchMessages msg) {
        return msg.search_error_field(SearchField.of(parameter).map(msg::hint).orElse(msg.search_error_summary()));
    }
}
