package fi.silta.organisations.web;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import fi.silta.common.Language;
import fi.silta.common.web.Link;
import fi.silta.common.web.StaffNavigation;
import fi.silta.security.Role;

/** The staff navigation's entry to the administration's front page, for admins. */
@ApplicationScoped
class AdministrationNavigation implements StaffNavigation {

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Link> link(Set<String> roles, Language language, String path) {
        if (!roles.contains(Role.ADMIN)) {
            return Optional.empty();
        }
        OrganisationMessages text = MessageBundles.get(OrganisationMessages.class,
                Localized.Literal.of(language.code()));
        return Optional.of(new Link("/staff/admin", text.nav_admin(), path.startsWith("/staff/admin")));
    }
}
