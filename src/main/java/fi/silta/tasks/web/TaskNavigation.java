package fi.silta.tasks.web;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import fi.silta.common.Language;
import fi.silta.common.web.Link;
import fi.silta.common.web.StaffNavigation;
import fi.silta.tasks.TaskMessages;

/** The staff navigation's entry for helping hands, for hosts, link-persons, helpers, vetters and admins. */
@ApplicationScoped
class TaskNavigation implements StaffNavigation {

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Optional<Link> link(Set<String> roles, Language language, String path) {
        TaskMessages text = MessageBundles.get(TaskMessages.class, Localized.Literal.of(language.code()));
        if (TaskHomeSection.reaches(roles)) {
            return Optional.of(new Link("/staff/tasks", text.nav_tasks(), path.startsWith("/staff/tasks")));
        }
        if (TaskHomeSection.readsFigures(roles)) {
            return Optional.of(new Link("/staff/tasks/figures", text.nav_tasks(), path.startsWith("/staff/tasks")));
        }
        return Optional.empty();
    }
}
