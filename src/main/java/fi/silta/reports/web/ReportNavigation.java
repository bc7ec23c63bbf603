package fi.silta.reports.web;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import fi.silta.common.Language;
import fi.silta.common.web.Link;
import fi.silta.common.web.StaffNavigation;
import fi.silta.reports.ReportMessages;

/** The staff navigation's entry for the reports, for analysts and coordinators. */
@ApplicationScoped
class ReportNavigation implements StaffNavigation {

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Optional<Link> link(Set<String> roles, Language language, String path) {
        if (!ReportsHomeSection.reads(roles)) {
            return Optional.empty();
        }
        ReportMessages text = MessageBundles.get(ReportMessages.class, Localized.Literal.of(language.code()));
        return Optional.of(new Link("/staff/reports", text.nav_reports(), path.startsWith("/staff/reports")));
    }
}
