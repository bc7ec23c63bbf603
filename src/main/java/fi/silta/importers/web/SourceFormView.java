package fi.silta.importers.web;

import java.util.List;
import java.util.Map;

import fi.silta.common.web.ErrorSummary;
import fi.silta.common.web.Option;

/**
 * The source form as the page shows it: where it posts, what was written, the message beside each refused field,
 * the summary at the top and the kinds of feed to choose from.
 */
record SourceFormView(String action, boolean creating, Map<String, String> values, Map<String, String> errors,
        ErrorSummary summary, List<Option> types) {

    public String value(String name) {
        String value = values.get(name);
        return value == null ? "" : value;
    }

    public String error(String name) {
        return errors.get(name);
    }

    public boolean checked(String name) {
        return "on".equals(values.get(name));
    }
}
