package fi.silta.services.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;

import fi.silta.common.web.FormText;
import fi.silta.services.api.ProfessionalInput;

/** The form of what an organisation tells professionals only about all its services. */
class ProfessionalForm {

    @RestForm("professional.howToRefer")
    String howToRefer;
    @RestForm("professional.contactName")
    String contactName;
    @RestForm("professional.contactPhone")
    String contactPhone;
    @RestForm("professional.contactEmail")
    String contactEmail;
    @RestForm("professional.waitingTime")
    String waitingTime;
    @RestForm("professional.notes")
    String notes;

    ProfessionalInput toInput() {
        return new ProfessionalInput(FormText.text(howToRefer), FormText.text(contactName),
                FormText.text(contactPhone), FormText.text(contactEmail), FormText.text(waitingTime),
                FormText.text(notes));
    }

    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("professional.howToRefer", howToRefer);
        values.put("professional.contactName", contactName);
        values.put("professional.contactPhone", contactPhone);
        values.put("professional.contactEmail", contactEmail);
        values.put("professional.waitingTime", waitingTime);
        values.put("professional.notes", notes);
        values.values().removeIf(value -> value == null);
        return values;
    }
}
