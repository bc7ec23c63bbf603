package fi.silta.referrals.web;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import fi.silta.common.Language;
import fi.silta.common.web.Link;
import fi.silta.common.web.StaffNavigation;
import fi.silta.referrals.PlaceMessages;
import fi.silta.security.Role;

/** The staff navigation's entry for organisers: the participants referred to their sessions. */
@ApplicationScoped
class OrganiserNavigation implements StaffNavigation {

    @Override
    public int order() {
        return 25;
    }

    @Override
    public Optional<Link> link(Set<String> roles, Language language, String path) {
        if (!roles.contains(Role.PUBLISHER)) {
            return Optional.empty();
        }
        PlaceMessages text = MessageBundles.get(PlaceMessages.class, Localized.Literal.of(language.code()));
        return Optional.of(new Link("/staff/organiser", text.nav_organiser(), path.startsWith("/staff/organiser")));
    }
}
