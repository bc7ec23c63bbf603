package fi.silta.referrals.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import fi.silta.common.Language;
import fi.silta.common.web.Link;
import fi.silta.common.web.StaffHomeSection;
import fi.silta.referrals.PlaceMessages;
import fi.silta.referrals.PlaceService;
import fi.silta.security.Role;

/** The organiser's part of the staff home: how many places are held in their sessions to come. */
@ApplicationScoped
class OrganiserHomeSection implements StaffHomeSection {

    private final PlaceService places;

    OrganiserHomeSection(PlaceService places) {
        this.places = places;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public Optional<Content> content(Set<String> roles, Language language) {
        if (!roles.contains(Role.PUBLISHER)) {
            return Optional.empty();
        }
        PlaceMessages text = MessageBundles.get(PlaceMessages.class, Localized.Literal.of(language.code()));
        int held = places.heldForOrganiser();
        List<Link> links = new ArrayList<>();
        if (held > 0) {
            links.add(new Link("/staff/organiser", text.organiser_held(held), false));
        }
        return Optional.of(new Content(text.organiser_title(), links, text.organiser_none()));
    }
}
