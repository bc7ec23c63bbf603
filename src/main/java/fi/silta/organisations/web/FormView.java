package fi.silta.organisations.web;

import java.util.List;
import java.util.Map;

/**
 * A form as the user last sent it: values by field name, the message beside each invalid field, and messages
 * about the whole form. The shared field tags read it.
 */
record FormView(Map<String, String> values, Map<String, String> errors, List<String> notices) {

    static final FormView EMPTY = new FormView(Map.of(), Map.of(), List.of());

    public String value(String name) {
        String value = values.get(name);
        return value == null ? "" : value;
    }

    public String error(String name) {
        return errors.get(name);
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || !notices.isEmpty();
    }
}
