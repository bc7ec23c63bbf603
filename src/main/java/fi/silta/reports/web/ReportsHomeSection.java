package fi.silta.reports.web;

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
import fi.silta.reports.ReportMessages;
import fi.silta.security.Role;

/** On the staff home page, the reports an analyst or a coordinator reads. */
@ApplicationScoped
class ReportsHomeSection implements StaffHomeSection {

    static boolean reads(Set<String> roles) {
        return roles.contains(Role.ANALYST) || roles.contains(Role.COORDINATOR);
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Optional<Content> content(Set<String> roles, Language language) {
        if (!reads(roles)) {
            return Optional.empty();
        }
        ReportMessages text = MessageBundles.get(ReportMessages.class, Localized.Literal.of(language.code()));
        List<Link> links = new ArrayList<>();
        links.add(new Link("/staff/reports", text.home_funnel(), false));
        links.add(new Link("/staff/reports/gaps", text.home_gaps(), false));
        links.add(new Link("/staff/reports/surveys", text.home_surveys(), false));
        if (roles.contains(Role.COORDINATOR)) {
            links.add(new Link("/staff/reports/falling-off", text.home_falling_off(), false));
        }
        return Optional.of(new Content(text.home_heading(), links, text.home_funnel()));
    }
}
