package fi.silta.common.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The staff home page: who is signed in, in which roles, and what waits for them. Each feature adds its own
 * section ({@link StaffHomeSection}) for the roles it serves.
 */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
@Authenticated
class StaffHomePages {

    /** The staff roles as tokens name them, in the order the page lists them. */
    enum StaffRole {
        NURSE,
        LINK_PERSON,
        COORDINATOR,
        PUBLISHER,
        ADMIN;

        String claim() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Chrome chrome, List<StaffRole> roles,
                List<StaffHomeSection.Content> sections);
    }

    private final PageContext page;
    private final SecurityIdentity identity;
    private final Instance<StaffHomeSection> sections;

    StaffHomePages(PageContext page, SecurityIdentity identity, Instance<StaffHomeSection> sections) {
        this.page = page;
        this.identity = identity;
        this.sections = sections;
    }

    @GET
    public TemplateInstance home() {
        Set<String> granted = identity.getRoles();
        List<StaffRole> roles = Arrays.stream(StaffRole.values()).filter(role -> granted.contains(role.claim()))
                .toList();
        List<StaffHomeSection.Content> shown = sections.stream()
                .sorted(Comparator.comparingInt(StaffHomeSection::order))
                .map(section -> section.content(granted, page.language())).flatMap(Optional::stream).toList();
        return Templates.home(page.staffChrome(page.messages(PageMessages.class).home_title()), roles, shown)
                .setLocale(page.locale());
    }
}
