package fi.silta.resources.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import fi.silta.common.Language;
import fi.silta.common.web.Link;
import fi.silta.common.web.StaffHomeSection;
import fi.silta.resources.ResourceBankService;
import fi.silta.resources.ResourceMessages;
import fi.silta.security.Role;

/** On the staff home page, the resource bank: finding material, and adding it for those who keep it. */
@ApplicationScoped
class ResourceHomeSection implements StaffHomeSection {

    @Override
    public int order() {
        return 75;
    }

    @Override
    public Optional<Content> content(Set<String> roles, Language language) {
        if (Collections.disjoint(roles, ResourceBankService.STAFF)) {
            return Optional.empty();
        }
        ResourceMessages text = MessageBundles.get(ResourceMessages.class, Localized.Literal.of(language.code()));
        List<Link> links = new ArrayList<>();
        links.add(new Link("/staff/resources", text.home_search(), false));
        if (roles.contains(Role.PUBLISHER) || roles.contains(Role.ADMIN)) {
            links.add(new Link("/staff/resources/new", text.home_add(), false));
        }
        return Optional.of(new Content(text.home_heading(), links, text.home_none()));
    }
}
