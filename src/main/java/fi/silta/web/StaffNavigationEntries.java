package fi.silta.web;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import fi.silta.common.Language;
import fi.silta.common.web.Link;
import fi.silta.common.web.StaffNavigation;
import fi.silta.security.Role;

/** The staff navigation's entry for referrals. */
final class StaffNavigationEntries {

    private StaffNavigationEntries() {
    }

    @ApplicationScoped
    static class Referrals implements StaffNavigation {
        @Override
        public int order() {
            return 10;
        }

        @Override
        public Optional<Link> link(Set<String> roles, Language language, String path) {
            if (!roles.contains(Role.NURSE) && !roles.contains(Role.LINK_PERSON) && !roles.contains(Role.COORDINATOR)) {
                return Optional.empty();
            }
            return Optional.of(new Link("/staff/referrals", bundle(ReferralMessages.class, language).nav_referrals(),
                    path.startsWith("/staff/referrals")));
        }
    }

    private static <T> T bundle(Class<T> type, Language language) {
        return MessageBundles.get(type, Localized.Literal.of(language.code()));
    }
}
