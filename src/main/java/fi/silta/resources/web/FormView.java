package fi.silta.resources.web;

import java.util.Map;

import io.quarkus.qute.TemplateData;

/**
 * A resource form as the user last saw or sent it: values by field name and the message beside each invalid field;
 * the shared field tags read it.
 */
@TemplateData
record FormView(String action, Map<String, String> values, Map<String, String> errors) {

    public String value(String name) {
        String value = values.get(name);
        return value == null ? "" : value;
    }

    public String error(String name) {
        return errors.get(name);
    }
}
