package fi.silta.resources.web;

import java.util.Collections;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import fi.silta.common.Language;
import fi.silta.common.web.Link;
import fi.silta.common.web.StaffNavigation;
import fi.silta.resources.ResourceBankService;
import fi.silta.resources.ResourceMessages;

/** The staff navigation's entry for the resource bank, for the roles that read material for professionals. */
@ApplicationScoped
class ResourceNavigation implements StaffNavigation {

    @Override
    public int order() {
        return 75;
    }

    @Override
    public Optional<Link> link(Set<String> roles, Language language, String path) {
        if (Collections.disjoint(roles, ResourceBankService.STAFF)) {
            return Optional.empty();
        }
        ResourceMessages text = MessageBundles.get(ResourceMessages.class, Localized.Literal.of(language.code()));
        return Optional.of(new Link("/staff/resources", text.nav_resources(), path.startsWith("/staff/resources")));
    }
}
