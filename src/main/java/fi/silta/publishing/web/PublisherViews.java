package fi.silta.publishing.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import fi.silta.common.web.Done;
import fi.silta.common.web.ErrorSummary;
import fi.silta.publishing.api.ActivityPreview;
import fi.silta.publishing.api.ActivityRow;
import fi.silta.publishing.api.FormOptions.Choice;
import fi.silta.publishing.api.HistoryEntry;
import fi.silta.publishing.api.Operation;
import fi.silta.publishing.api.OrganisationOverview;
import fi.silta.publishing.api.PlaceView;
import fi.silta.publishing.api.ScheduleInput;

/** What the publishers' templates show: the service's records with dates and texts made for reading. */
final class PublisherViews {

    private PublisherViews() {
    }

    /**
     * A form as the user last saw or sent it: values by field name (several values joined by commas), a
     * message per invalid field, and messages about the whole form.
     */
    record Form(String action, Map<String, String> values, Map<String, String> errors, List<String> notices) {

        public String value(String name) {
            String value = values.get(name);
            return value == null ? "" : value;
        }

        public boolean checked(String name, String option) {
            return Arrays.asList(value(name).split(",")).contains(option);
        }

        public String error(String name) {
            return errors.get(name);
        }

        /** A text field in one language, such as title.sv. */
        public String valueIn(String name, String language) {
            return value(name + "." + language);
        }

        public String errorIn(String name, String language) {
            return errors.get(name + "." + language);
        }

        public boolean hasErrors() {
            return !errors.isEmpty() || !notices.isEmpty();
        }
    }

    record Overview(OrganisationOverview organisation, List<Row> activities, List<Row> stale, List<PlaceView> places) {
    }

    /** One listing with its dates as the page shows them. */
    record Row(ActivityRow activity, String verified, String next) {
    }

    record Choices(List<Choice> categories, List<Choice> targetGroups, List<Choice> places,
            List<Choice> municipalities, List<Choice> accessibility, List<Choice> registration, List<Choice> weekdays,
            List<Choice> languages, List<Choice> weeks, List<ScheduleInput.Kind> kinds) {
    }

    record ScheduleLine(long id, String text) {
    }

    record SessionLine(long id, String text, boolean cancelled) {
    }

    /** One line of the history; {@code refused} is empty for what was done. */
    record HistoryLine(String when, String who, Operation operation, HistoryEntry.Outcome refused, String details) {
    }

    /** The activity page: the form, its schedules, sessions, history and what may be done next. */
    record ActivityPage(Long id, long organisationId, String organisationName, String status, long version,
            boolean draft, boolean published, boolean stale, boolean imported, String verified, Form form,
            Form scheduleForm, List<ScheduleLine> schedules, List<SessionLine> sessions, List<HistoryLine> history,
            Done done, ErrorSummary summary, ErrorSummary scheduleSummary) {

        /** The confirmation of what was just done, shown beside the part of the page it was done in. */
        public Done doneIn(String part) {
            if (done == null) {
                return null;
            }
            String where = switch (done) {
                case ADDED, REMOVED -> "schedules";
                case CANCELLED, RESTORED -> "sessions";
                default -> "top";
            };
            return where.equals(part) ? done : null;
        }
    }

    /** The activity as residents will see it, with the texts the public page would show. */
    record Preview(ActivityPreview activity, List<SessionLine> sessions, List<String> description, String address,
            String mapHref, String age, String cost, List<String> accessibility, List<String> languages) {
    }
}
