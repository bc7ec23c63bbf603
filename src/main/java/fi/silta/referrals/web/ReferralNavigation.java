package fi.silta.referrals.web;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import fi.silta.common.Language;
import fi.silta.common.web.Link;
import fi.silta.common.web.StaffNavigation;
import fi.silta.security.Role;

/** The staff navigation's entry for referrals, for those who write, work or assign them. */
@ApplicationScoped
class ReferralNavigation implements StaffNavigation {

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Link> link(Set<String> roles, Language language, String path) {
        if (!roles.contains(Role.NURSE) && !roles.contains(Role.LINK_PERSON) && !roles.contains(Role.COORDINATOR)) {
            return Optional.empty();
        }
        ReferralMessages text = MessageBundles.get(ReferralMessages.class, Localized.Literal.of(language.code()));
        return Optional.of(new Link("/staff/referrals", text.nav_referrals(), path.startsWith("/staff/referrals")));
    }
}
