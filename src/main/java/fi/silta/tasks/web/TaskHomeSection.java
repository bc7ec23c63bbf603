package fi.silta.tasks.web;

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
import fi.silta.security.Role;
import fi.silta.tasks.TaskMessages;

/** On the staff home page, helping hands: a helper's open tasks and record, a host's tasks, a vetter's helpers. */
@ApplicationScoped
class TaskHomeSection implements StaffHomeSection {

    /** Whether the roles reach the task pages themselves. */
    static boolean reaches(Set<String> roles) {
        return roles.contains(Role.TASK_HOST) || roles.contains(Role.HELPER) || roles.contains(Role.VETTER)
                || roles.contains(Role.LINK_PERSON) || roles.contains(Role.ADMIN);
    }

    /** Whether the roles read the figures: hosts (of their organisations), the county's coordinators and analysts. */
    static boolean readsFigures(Set<String> roles) {
        return roles.contains(Role.TASK_HOST) || roles.contains(Role.COORDINATOR) || roles.contains(Role.ANALYST)
                || roles.contains(Role.ADMIN);
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Optional<Content> content(Set<String> roles, Language language) {
        if (!reaches(roles) && !readsFigures(roles)) {
            return Optional.empty();
        }
        TaskMessages text = MessageBundles.get(TaskMessages.class, Localized.Literal.of(language.code()));
        List<Link> links = new ArrayList<>();
        if (roles.contains(Role.HELPER)) {
            links.add(new Link("/staff/tasks", text.home_open(), false));
            links.add(new Link("/staff/tasks/record", text.home_record(), false));
        }
        if (roles.contains(Role.TASK_HOST) || roles.contains(Role.LINK_PERSON) || roles.contains(Role.ADMIN)) {
            links.add(new Link("/staff/tasks", text.home_hosted(), false));
        }
        if (roles.contains(Role.VETTER) || roles.contains(Role.ADMIN)) {
            links.add(new Link("/staff/tasks", text.home_helpers(), false));
        }
        if (readsFigures(roles)) {
            links.add(new Link("/staff/tasks/figures", text.figures_title(), false));
        }
        return Optional.of(new Content(text.home_heading(), links, text.home_none()));
    }
}
