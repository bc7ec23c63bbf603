package fi.silta.publishing.web;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import fi.silta.common.web.Chrome;
import fi.silta.common.web.PageContext;
import fi.silta.publishing.OrganisationListingService;
import fi.silta.publishing.PlaceService;
import fi.silta.publishing.api.OrganisationOverview;
import fi.silta.publishing.web.PublisherViews.Overview;
import fi.silta.publishing.web.PublisherViews.Row;
import fi.silta.security.Role;

/** The organisations a publisher keeps listings for, and each one's listings (stale ones first) and places. */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.PUBLISHER, Role.ADMIN })
class OrganisationListingPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance organisations(Chrome chrome, List<OrganisationOverview> organisations);

        static native TemplateInstance organisation(Chrome chrome, Overview overview);
    }

    private final PageContext page;
    private final OrganisationListingService listings;
    private final PlaceService places;

    OrganisationListingPages(PageContext page, OrganisationListingService listings, PlaceService places) {
        this.page = page;
        this.listings = listings;
        this.places = places;
    }

    @GET
    @Path("organisations")
    public TemplateInstance organisations() {
        return Templates.organisations(page.staffChrome(page.messages(PublishingMessages.class).organisations_title()),
                listings.myOrganisations(page.language())).setLocale(page.locale());
    }

    @GET
    @Path("organisations/{id}")
    public TemplateInstance organisation(@PathParam("id") long id) {
        OrganisationOverview organisation = listings.organisation(id, page.language());
        List<Row> all = listings.activities(id, false, page.language()).stream()
                .map(activity -> new Row(activity, Dates.date(activity.lastVerifiedAt()),
                        Dates.dateTime(activity.nextSession())))
                .toList();
        List<Row> stale = all.stream().filter(row -> row.activity().stale()).toList();
        Overview overview = new Overview(organisation, all, stale, places.places(id, page.language()));
        return Templates.organisation(page.staffChrome(organisation.name()), overview).setLocale(page.locale());
    }
}
