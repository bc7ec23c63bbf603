package fi.silta.web;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

import fi.silta.common.web.Chrome;
import fi.silta.publishing.PublishingService;
import fi.silta.publishing.api.OrganisationOverview;
import fi.silta.security.Role;

/** The staff home page: who is signed in, with which roles, and where their work is. */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
@Authenticated
class StaffPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Chrome chrome, List<String> roles, List<OrganisationOverview> organisations,
                boolean publisher);
    }

    private final StaffContext context;
    private final PublishingService publishing;

    StaffPages(StaffContext context, PublishingService publishing) {
        this.context = context;
        this.publishing = publishing;
    }

    @GET
    public TemplateInstance home() {
        StaffMessages text = context.staff();
        List<String> roles = context.user().roles().stream().map(role -> switch (role) {
            case Role.NURSE -> text.role_nurse();
            case Role.LINK_PERSON -> text.role_link_person();
            case Role.COORDINATOR -> text.role_coordinator();
            case Role.PUBLISHER -> text.role_publisher();
            default -> text.role_admin();
        }).toList();
        boolean publisher = context.user().has(Role.PUBLISHER) || context.user().isAdmin();
        List<OrganisationOverview> organisations = publisher ? publishing.myOrganisations(context.language())
                : List.of();
        return Templates.home(context.chrome(text.home_title()), roles, organisations, publisher)
                .setLocale(context.language().locale());
    }
}
