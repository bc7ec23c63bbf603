package fi.silta.referrals.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jboss.resteasy.reactive.RestForm;

import fi.silta.referrals.ContactKind;
import fi.silta.referrals.api.ContactInput;
import fi.silta.referrals.validation.ChoiceOf;
import fi.silta.referrals.validation.DateText;

/** The link-person's contact form as a browser sends it; the contact's own rules are {@link ContactInput}'s. */
public class ContactForm {

    @RestForm
    @ChoiceOf(ContactKind.class)
    String kind;

    @RestForm
    @DateText
    String date;

    @RestForm
    String note;

    ContactInput toInput() {
        return new ContactInput(ReferralForm.choice(ContactKind.class, kind), DateText.Validator.parse(date), note);
    }

    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", kind);
        values.put("date", date);
        values.put("note", note);
        values.values().removeIf(Objects::isNull);
        return values;
    }
}
