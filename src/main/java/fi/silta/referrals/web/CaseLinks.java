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
import fi.silta.referrals.ReferralQueries;
import fi.silta.referrals.api.CaseFile;

/**
 * The links other features add to the case page ({@link CaseLink}), read by {@code CasePages/referral.html} as
 * {@code inject:caseLinks}: only for the one who works the case, and only while it is open.
 */
@Named("caseLinks")
@RequestScoped
public class CaseLinks {

    private final PageContext page;
    private final ReferralQueries queries;
    private final Instance<CaseLink> links;

    CaseLinks(PageContext page, ReferralQueries queries, Instance<CaseLink> links) {
        this.page = page;
        this.queries = queries;
        this.links = links;
    }

    public List<Link> of(long id) {
        CaseFile file = queries.caseFile(id);
        if (!file.works() || file.referral().status().terminal()) {
            return List.of();
        }
        return links.stream().sorted(Comparator.comparingInt(CaseLink::order))
                .map(l -> l.link(id, page.language())).flatMap(Optional::stream).toList();
    }
}
