package fi.silta.tasks;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import fi.silta.common.Language;
import fi.silta.common.web.Link;
import fi.silta.referrals.CaseLink;
import fi.silta.security.CurrentUser;
import fi.silta.security.Role;

/** On the case page, for the link-person working it: ask a helper to go with the client to a session. */
@ApplicationScoped
class AccompanimentCaseLink implements CaseLink {

    private final CurrentUser user;

    AccompanimentCaseLink(CurrentUser user) {
        this.user = user;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Link> link(long referralId, Language language) {
        if (!user.has(Role.LINK_PERSON)) {
            return Optional.empty();
        }
        return Optional.of(new Link("/staff/tasks/accompany?referral=" + referralId,
                TaskMapper.messages(language).accompany_link(), false));
    }
}
