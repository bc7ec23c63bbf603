package fi.silta.organisations.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import fi.silta.common.Language;
import fi.silta.common.web.Link;
import fi.silta.common.web.StaffHomeSection;
import fi.silta.organisations.OrganisationAdminService;
import fi.silta.organisations.RequestStatus;
import fi.silta.security.Role;

/** On the staff home page, the admin's requests to join that wait for a decision: a count with a link. */
@ApplicationScoped
class JoinRequestsHomeSection implements StaffHomeSection {

    private final OrganisationAdminService organisations;

    JoinRequestsHomeSection(OrganisationAdminService organisations) {
        this.organisations = organisations;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Content> content(Set<String> roles, Language language) {
        if (!roles.contains(Role.ADMIN)) {
            return Optional.empty();
        }
        OrganisationMessages text = MessageBundles.get(OrganisationMessages.class,
                Localized.Literal.of(language.code()));
        long pending = organisations.requests(RequestStatus.PENDING, 0, 1, language).total();
        return Optional.of(new Content(text.home_pending_heading(),
                List.of(new Link("/staff/admin/requests", text.home_pending_count(pending), false)), ""));
    }
}
