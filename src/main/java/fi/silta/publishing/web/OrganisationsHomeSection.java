package fi.silta.publishing.web;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import fi.silta.common.Language;
import fi.silta.common.web.Link;
import fi.silta.common.web.StaffHomeSection;
import fi.silta.publishing.OrganisationListingService;
import fi.silta.security.Role;

/** On the staff home page, a publisher's organisations: where their listings wait for them. */
@ApplicationScoped
class OrganisationsHomeSection implements StaffHomeSection {

    private final OrganisationListingService listings;

    OrganisationsHomeSection(OrganisationListingService listings) {
        this.listings = listings;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Content> content(Set<String> roles, Language language) {
        if (!roles.contains(Role.PUBLISHER) && !roles.contains(Role.ADMIN)) {
            return Optional.empty();
        }
        PublishingMessages text = MessageBundles.get(PublishingMessages.class, Localized.Literal.of(language.code()));
        return Optional.of(new Content(text.home_organisations(),
                listings.myOrganisations(language).stream()
                        .map(o -> new Link("/staff/organisations/" + o.id(), o.name(), false)).toList(),
                text.home_no_organisations()));
    }
}
