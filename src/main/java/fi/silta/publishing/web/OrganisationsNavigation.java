package fi.silta.publishing.web;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import fi.silta.common.Language;
import fi.silta.common.web.Link;
import fi.silta.common.web.StaffNavigation;
import fi.silta.security.Role;

/** The staff navigation's entry to the organisations a publisher keeps listings for. */
@ApplicationScoped
class OrganisationsNavigation implements StaffNavigation {

    private static final String PATH = "/staff/organisations";

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Link> link(Set<String> roles, Language language, String path) {
        if (!roles.contains(Role.PUBLISHER) && !roles.contains(Role.ADMIN)) {
            return Optional.empty();
        }
        PublishingMessages text = MessageBundles.get(PublishingMessages.class, Localized.Literal.of(language.code()));
        return Optional.of(new Link(PATH, text.nav_organisations(), path.startsWith(PATH)));
    }
}
