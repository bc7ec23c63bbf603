package fi.silta.common.web;

import java.util.List;

/** A form field with its current value, options (for selects) and the message beside it, if any. */
public record Field(String name, String label, String value, List<Option> options, String error) {

    public boolean invalid() {
        return error != null;
    }

    public String errorId() {
        return name + "-error";
    }
}
