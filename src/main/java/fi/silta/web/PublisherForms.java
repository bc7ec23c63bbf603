package fi.silta.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * What the referral pages still read their forms with; the publishers' pages bind theirs to form beans in
 * {@code fi.silta.publishing.web}.
 */
final class PublisherForms {

    private PublisherForms() {
    }

    /** What the user typed, to show again beside the messages. */
    static Map<String, String> values(MultivaluedMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((name, list) -> values.put(name, String.join(",", list)));
        return values;
    }
}
