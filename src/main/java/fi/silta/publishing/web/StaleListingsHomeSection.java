package fi.silta.publishing.web;

import java.util.List;
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

/**
 * On the staff home page, a publisher's stale listings: per organisation, how many published activities were not
 * confirmed within the staleness period, linked to the organisation's listings, where they come first.
 */
@ApplicationScoped
class StaleListingsHomeSection implements StaffHomeSection {

    private final OrganisationListingService listings;

    StaleListingsHomeSection(OrganisationListingService listings) {
        this.listings = listings;
    }

    @Override
    public int order() {
        return 21;
    }

    @Override
    public Optional<Content> content(Set<String> roles, Language language) {
        if (!roles.contains(Role.PUBLISHER)) {
            return Optional.empty();
        }
        PublishingMessages text = MessageBundles.get(PublishingMessages.class, Localized.Literal.of(language.code()));
        List<Link> links = listings.myOrganisations(language).stream().filter(o -> o.stale() > 0)
                .map(o -> new Link("/staff/organisations/" + o.id(), text.home_stale_count(o.name(), o.stale()), false))
                .toList();
        return Optional.of(new Content(text.home_stale_heading(), links, text.home_stale_none()));
    }
}
