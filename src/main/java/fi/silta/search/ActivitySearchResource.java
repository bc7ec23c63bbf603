package fi.silta.search;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import fi.silta.common.Language;
import fi.silta.common.validation.PlainText;
import fi.silta.search.api.ActivityPage;
import fi.silta.search.api.ActivitySearchParams;
import fi.silta.search.api.Suggestion;

/** Searching the public catalogue. Anyone may search published activities; one activity is the catalogue's. */
@Path("/api/v1/activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activities")
@PermitAll
class ActivitySearchResource {

    /** Autocomplete lists stay short: a longer list is a search, not a suggestion. */
    private static final int SUGGESTIONS = 8;

    private final ActivitySearchService search;

    ActivitySearchResource(ActivitySearchService search) {
        this.search = search;
    }

    @GET
    @Operation(summary = "Search published activities with upcoming sessions", description = "Free text in every language (q), filters (municipality, category, targetGroup, language, "
            + "free, accessibility, organisationType), near=lat,lon or postalCode with radiusKm, dates "
            + "(from, to, weekday, timeOfDay), sort=relevance|distance|soonest, page from 1, size. "
            + "Repeatable filters take several values. Facet counts cover all hits.")
    public ActivityPage search(@Valid @BeanParam ActivitySearchParams params) {
        return search.search(params);
    }

    @GET
    @Path("suggest")
    @Operation(summary = "Titles completing what has been typed so far, for autocomplete")
    public List<Suggestion> suggest(
            @RestQuery @Size(max = ActivitySearchParams.MAX_QUERY_LENGTH, message = "must be at most "
                    + ActivitySearchParams.MAX_QUERY_LENGTH + " characters") @PlainText String q,
            @RestQuery @Pattern(regexp = "\\s*(fi|sv|en)?\\s*", flags = Pattern.Flag.CASE_INSENSITIVE, message = "must be one of fi, sv, en") String lang) {
        return search.suggest(q, Language.fromCode(lang).orElse(Language.FI), SUGGESTIONS);
    }
}
