package fi.silta.referrals.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import fi.silta.referrals.api.LinkPersonInput;

/**
 * A coordinator's link-person form as a browser sends it. The user name, which the API takes in the address, and
 * a readable capacity are checked here; the profile's own rules are {@link LinkPersonInput}'s.
 */
public class LinkPersonForm {

    @RestForm
    @NotBlank
    @Size(max = 255)
    @Pattern(regexp = LinkPersonInput.USERNAME)
    String username;

    @RestForm
    String displayName;

    @RestForm
    String email;

    @RestForm
    @Pattern(regexp = "\\s*[0-9]{0,9}\\s*")
    String capacity;

    @RestForm
    String active;

    @RestForm
    List<String> municipalities;

    @RestForm
    List<String> languages;

    String username() {
        return username == null ? null : username.strip();
    }

    LinkPersonInput toInput() {
        Integer cases = capacity == null || !capacity.strip().matches("[0-9]{1,9}") ? null
                : Integer.valueOf(capacity.strip());
        return new LinkPersonInput(displayName, email, cases, !"off".equals(active), municipalities, languages);
    }

    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("username", username);
        values.put("displayName", displayName);
        values.put("email", email);
        values.put("capacity", capacity);
        values.put("municipalities", municipalities == null ? null : String.join(",", municipalities));
        values.put("languages", languages == null ? null : String.join(",", languages));
        values.values().removeIf(Objects::isNull);
        return values;
    }
}
