package fi.silta.tasks.web;

import java.util.Arrays;
import java.util.Map;

import io.quarkus.qute.TemplateData;

/**
 * A form as the user last saw or sent it: values by field name (several values joined by commas) and the message
 * beside each invalid field. The shared field tags read it.
 */
@TemplateData
public record Form(String action, Map<String, String> values, Map<String, String> errors) {

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

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
