package fi.silta.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The form record the referral pages still show their forms with; the publishers' pages have their own in
 * {@code fi.silta.publishing.web}.
 */
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
}
