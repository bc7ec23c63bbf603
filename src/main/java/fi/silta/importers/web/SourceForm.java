package fi.silta.importers.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import fi.silta.common.validation.PlainText;

/**
 * A source as the admin's form sends it: its name (on creation only; the name is the source's key), the kind of
 * feed, its address, how many hours between runs and whether it runs at all. Sizes are those of the
 * {@code import_source} columns; the rules the service checks (a free name, an address outside internal networks)
 * come back beside the same fields.
 */
public class SourceForm {

    static final int MAX_HOURS = 720;

    @RestForm
    @Size(max = 63)
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}")
    String name;

    @RestForm
    @NotBlank
    @Pattern(regexp = "[A-Z_]{1,40}")
    String type;

    @RestForm
    @NotBlank
    @Size(max = 2048)
    @PlainText
    String url;

    @RestForm
    @NotBlank
    @Pattern(regexp = "[0-9]{1,3}")
    String hours;

    @RestForm
    @Pattern(regexp = "(on)?")
    String enabled;

    /** What the admin wrote, to show again beside the messages. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name == null ? "" : name);
        values.put("type", type == null ? "" : type);
        values.put("url", url == null ? "" : url);
        values.put("hours", hours == null ? "" : hours);
        values.put("enabled", "on".equals(enabled) ? "on" : "");
        return values;
    }
}
