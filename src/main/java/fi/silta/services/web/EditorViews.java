package fi.silta.services.web;

import java.util.Arrays;
import java.util.Map;

import fi.silta.common.web.Done;
import fi.silta.common.web.ErrorSummary;
import fi.silta.services.api.OrganisationServices;

/** What the publishers' service templates show. */
final class EditorViews {

    private EditorViews() {
    }

    /**
     * A form as the user last saw or sent it: values by field name (several values joined by commas), a message per
     * invalid field, and the error summary above it. The method names are those the shared field tags call.
     */
    record Form(String action, Map<String, String> values, Map<String, String> errors, ErrorSummary summary) {

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

        public String valueIn(String name, String language) {
            return value(name + "." + language);
        }

        public String errorIn(String name, String language) {
            return errors.get(name + "." + language);
        }
    }

    /**
     * A service's page: its form and, for one already written, its number, version and status and what may be done
     * next. {@code id} is null for a new service.
     */
    record ServicePage(Long id, long organisationId, String organisationName, String status, long version,
            boolean published, boolean imported, Form form, Done done) {
    }

    /** An organisation's services and the form of its notes for professionals. */
    record OrganisationPage(OrganisationServices organisation, Form notes, Done done) {
    }
}
