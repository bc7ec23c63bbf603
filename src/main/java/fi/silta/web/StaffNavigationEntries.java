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

/** The staff navigation's entries for organisations and administration. */
final class StaffNavigationEntries {

    private StaffNavigationEntries() {
    }

    @ApplicationScoped
    static class Organisations implements StaffNavigation {
        @Override
        public int order() {
            return 20;
        }

        @Override
        public Optional<Link> link(Set<String> roles, Language language, String path) {
            if (!roles.contains(Role.PUBLISHER) && !roles.contains(Role.ADMIN)) {
                return Optional.empty();
            }
            return Optional.of(new Link("/staff/organisations", bundle(StaffMessages.class, language).nav_organisations(),
                    path.startsWith("/staff/organisations")));
        }
    }

    @ApplicationScoped
    static class Administration implements StaffNavigation {
        @Override
        public int order() {
            return 30;
        }

        @Override
        public Optional<Link> link(Set<String> roles, Language language, String path) {
            if (!roles.contains(Role.ADMIN)) {
                return Optional.empty();
            }
            return Optional.of(new Link("/staff/admin", bundle(StaffMessages.class, language).nav_admin(),
                    path.startsWith("/staff/admin")));
        }
    }

    private static <T> T bundle(Class<T> type, Language language) {
        return MessageBundles.get(type, Localized.Literal.of(language.code()));
    }
}
