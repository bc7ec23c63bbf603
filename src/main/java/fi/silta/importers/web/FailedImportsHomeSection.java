package fi.silta.importers.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import fi.silta.common.Language;
import fi.silta.common.web.Link;
import fi.silta.common.web.StaffHomeSection;
import fi.silta.importers.RunStatus;
import fi.silta.importers.SourceService;
import fi.silta.security.Role;

/** On the staff home page, the admin's import sources whose latest run failed: a count with a link. */
@ApplicationScoped
class FailedImportsHomeSection implements StaffHomeSection {

    private final SourceService sources;

    FailedImportsHomeSection(SourceService sources) {
        this.sources = sources;
    }

    @Override
    public int order() {
        return 31;
    }

    @Override
    public Optional<Content> content(Set<String> roles, Language language) {
        if (!roles.contains(Role.ADMIN)) {
            return Optional.empty();
        }
        ImportMessages text = MessageBundles.get(ImportMessages.class, Localized.Literal.of(language.code()));
        long failed = sources.list().stream()
                .filter(s -> s.lastRun() != null && s.lastRun().status() == RunStatus.FAILED).count();
        return Optional.of(new Content(text.home_failed_heading(),
                List.of(new Link("/staff/admin/sources", text.home_failed_count(failed), false)), ""));
    }
}
