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
import fi.silta.referrals.CaseloadService;
import fi.silta.referrals.api.Waiting;
import fi.silta.security.Role;

/**
 * On the staff home page, the referral work that waits: a nurse's way to a new referral and their open ones, a
 * link-person's new and overdue cases, a coordinator's queue and overdue cases. Counted, never named.
 */
@ApplicationScoped
class ReferralHomeSection implements StaffHomeSection {

    private final CaseloadService caseload;

    ReferralHomeSection(CaseloadService caseload) {
        this.caseload = caseload;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Content> content(Set<String> roles, Language language) {
        boolean nurse = roles.contains(Role.NURSE);
        boolean linkPerson = roles.contains(Role.LINK_PERSON);
        boolean coordinator = roles.contains(Role.COORDINATOR);
        if (!nurse && !linkPerson && !coordinator) {
            return Optional.empty();
        }
        ReferralMessages text = MessageBundles.get(ReferralMessages.class, Localized.Literal.of(language.code()));
        ReferralListMessages list = MessageBundles.get(ReferralListMessages.class,
                Localized.Literal.of(language.code()));
        Waiting waiting = caseload.waiting();
        List<Link> links = new ArrayList<>();
        if (nurse) {
            links.add(new Link("/staff/referrals/new", text.new_referral(), false));
            links.add(new Link("/staff/referrals", list.home_open_referrals(waiting.open()), false));
        }
        if (linkPerson) {
            links.add(new Link("/staff/referrals?status=requested", list.home_new_cases(waiting.newCases()), false));
            links.add(new Link("/staff/referrals?overdue=true", list.home_overdue(waiting.overdue()), false));
            links.add(new Link("/staff/referrals", list.home_open_cases(waiting.open()), false));
        }
        if (coordinator) {
            links.add(new Link("/staff/referrals#queue", list.home_queued(waiting.queued()), false));
            links.add(new Link("/staff/referrals#overdue", list.home_overdue(waiting.overdue()), false));
            links.add(new Link("/staff/referrals/link-persons", text.link_persons_title(), false));
        }
        return Optional.of(new Content(list.home_heading(), links, ""));
    }
}
