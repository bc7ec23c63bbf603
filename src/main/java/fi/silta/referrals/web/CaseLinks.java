package fi.silta.referrals.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Named;

import fi.silta.common.web.Link;
import fi.silta.common.web.PageContext;
import fi.silta.referrals.CaseLink;
import fi.silta.referrals.ReferralStatus;

/**
 * The links other features add to the case page ({@link CaseLink}), read by {@code CasePages/referral.html} as
 * {@code inject:caseLinks}: only for the one who works the case, and only while it is open.
 */
@Named("caseLinks")
@RequestScoped
public class CaseLinks {

    private final PageContext page;
    private final Instance<CaseLink> links;

    CaseLinks(PageContext page, Instance<CaseLink> links) {
        this.page = page;
        this.links = links;
    }

    /** The links for the case, from what the case page already read of it (no second read of the case file). */
    public List<Link> of(long id, boolean works, ReferralStatus status) {
        if (!works || status.terminal()) {
            return List.of();
        }
        return links.stream().sorted(Comparator.comparingInt(CaseLink::order))
                .map(l -> l.link(id, page.language())).flatMap(Optional::stream).toList();
    }
}
