package fi.silta.organisations.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import fi.silta.common.Inputs;
import fi.silta.common.Language;
import fi.silta.common.validation.PlainText;
import fi.silta.organisations.OrganisationType;
import fi.silta.organisations.api.OrganisationRequestInput;

/**
 * The public form to join, as typed: each field within its column's size and free of control characters. The
 * formats (business id, email, phone, web address, a known kind) are those of the request it becomes, checked
 * on {@link #input(Language)}.
 */
public class JoinForm {

    @RestForm
    @NotBlank
    @Size(max = 200)
    @PlainText
    String name;

    @RestForm
    @NotBlank
    @Size(max = 40)
    @PlainText
    String type;

    @RestForm
    @Size(max = 9)
    @PlainText
    String businessId;

    @RestForm
    @NotBlank
    @Size(max = 3)
    @PlainText
    String municipality;

    @RestForm
    @Size(max = 2048)
    @PlainText
    String website;

    @RestForm
    @NotBlank
    @Size(max = 200)
    @PlainText
    String contactName;

    @RestForm
    @NotBlank
    @Size(max = 254)
    @PlainText
    String contactEmail;

    @RestForm
    @Size(max = 40)
    @PlainText
    String contactPhone;

    @RestForm
    @Size(max = 2000)
    @PlainText
    String message;

    /** The request this form asks for: empty fields left out, a kind that is not one of ours left out too. */
    OrganisationRequestInput input(Language language) {
        String kind = Inputs.clean(type);
        OrganisationType known = Arrays.stream(OrganisationType.values()).filter(t -> t.name().equals(kind))
                .findFirst().orElse(null);
        return new OrganisationRequestInput(Inputs.clean(name), known, Inputs.clean(businessId),
                Inputs.clean(municipality), Inputs.clean(website), Inputs.clean(contactName),
                Inputs.clean(contactEmail), Inputs.clean(contactPhone), Inputs.clean(message), language.code());
    }

    /** Whether a kind was chosen at all, so that a missing one reads "needed" and a strange one "choose". */
    boolean typeChosen() {
        return Inputs.clean(type) != null;
    }

    /** The values to show again when the form comes back with messages. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("type", type);
        values.put("businessId", businessId);
        values.put("municipality", municipality);
        values.put("website", website);
        values.put("contactName", contactName);
        values.put("contactEmail", contactEmail);
        values.put("contactPhone", contactPhone);
        values.put("message", message);
        values.values().removeIf(value -> value == null);
        return values;
    }
}
