package fi.silta.organisations.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import fi.silta.common.LocalizedText;
import fi.silta.common.validation.PlainText;
import fi.silta.organisations.api.OrganisationSummary;

/** What an organisation is about and its postal address, as an admin typed them; sizes match the columns. */
public class DetailsForm {

    @RestForm
    @Size(max = 4000)
    @PlainText
    String descriptionFi;

    @RestForm
    @Size(max = 4000)
    @PlainText
    String descriptionSv;

    @RestForm
    @Size(max = 4000)
    @PlainText
    String descriptionEn;

    @RestForm
    @Size(max = 200)
    @PlainText
    String streetAddress;

    @RestForm
    @Pattern(regexp = "\\s*([0-9]{5})?\\s*")
    String postalCode;

    LocalizedText description() {
        return LocalizedText.of(descriptionFi, descriptionSv, descriptionEn);
    }

    /** The values to show again beside their messages. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("descriptionFi", descriptionFi);
        values.put("descriptionSv", descriptionSv);
        values.put("descriptionEn", descriptionEn);
        values.put("streetAddress", streetAddress);
        values.put("postalCode", postalCode);
        return values;
    }

    /** The form filled in with what the organisation has now. */
    static Map<String, String> values(OrganisationSummary organisation) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("descriptionFi", organisation.descriptionFi());
        values.put("descriptionSv", organisation.descriptionSv());
        values.put("descriptionEn", organisation.descriptionEn());
        values.put("streetAddress", organisation.streetAddress());
        values.put("postalCode", organisation.postalCode());
        return values;
    }
}
