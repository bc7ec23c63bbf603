package fi.silta.services.web;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import fi.silta.common.Language;
import fi.silta.common.web.Link;
import fi.silta.common.web.StaffNavigation;
import fi.silta.security.Role;
import fi.silta.services.ServiceMessages;

/** The staff navigation's entry to the ongoing services a publisher keeps, beside their organisations' listings. */
@ApplicationScoped
class ServicesNavigation implements StaffNavigation {

    private static final String PATH = "/staff/services";

    @Override
    public int order() {
        return 22;
    }

    @Override
    public Optional<Link> link(Set<String> roles, Language language, String path) {
        if (!roles.contains(Role.PUBLISHER) && !roles.contains(Role.ADMIN)) {
            return Optional.empty();
        }
        ServiceMessages text = MessageBundles.get(ServiceMessages.class, Localized.Literal.of(language.code()));
        // An organisation's service pages sit under the organisations' entry, which marks them as current already.
        return Optional.of(new Link(PATH, text.nav_services(), path.equals(PATH)));
    }
}
