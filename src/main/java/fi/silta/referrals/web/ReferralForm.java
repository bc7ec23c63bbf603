package fi.silta.referrals.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;

import org.jboss.resteasy.reactive.RestForm;

import fi.silta.common.validation.PlainText;
import fi.silta.referrals.ConsentRecipient;
import fi.silta.referrals.Need;
import fi.silta.referrals.ReferralContext;
import fi.silta.referrals.Urgency;
import fi.silta.referrals.api.ReferralInput;
import fi.silta.referrals.validation.ChoiceOf;
import fi.silta.referrals.validation.DateText;

/**
 * The nurse's referral form as a browser sends it: text as typed, choices by their names, checkboxes as
 * {@code on}. Only what a form adds to the API's {@link ReferralInput} is checked here (a year, a date and the
 * choices must be readable); the rules of a referral are the input's own.
 */
public class ReferralForm {

    /** The client's fields, named {@code client.*} as in the API. */
    public static class ClientFields {

        @RestForm("client.firstName")
        String firstName;

        @RestForm("client.lastName")
        String lastName;

        @RestForm("client.identityCode")
        String identityCode;

        @RestForm("client.birthYear")
        @Pattern(regexp = "\\s*([0-9]{4})?\\s*")
        String birthYear;

        @RestForm("client.phone")
        String phone;

        @RestForm("client.email")
        String email;

        @RestForm("client.language")
        String language;

        @RestForm("client.interpreterNeeded")
        String interpreterNeeded;

        ReferralInput.ClientInput toInput() {
            Integer year = birthYear == null || birthYear.isBlank() || !birthYear.strip().matches("[0-9]{4}") ? null
                    : Integer.valueOf(birthYear.strip());
            return new ReferralInput.ClientInput(firstName, lastName, identityCode, year, phone, email, language,
                    "on".equals(interpreterNeeded));
        }
    }

    @BeanParam
    @Valid
    ClientFields client;

    @RestForm
    String municipality;

    @RestForm
    @ChoiceOf(ReferralContext.class)
    String context;

    @RestForm
    List<@ChoiceOf(Need.class) String> needs;

    @RestForm
    String interests;

    @RestForm
    List<@ChoiceOf(ConsentRecipient.class) String> consents;

    @RestForm
    String linkPersonNeeded;

    @RestForm
    String linkPersonReason;

    @RestForm
    @ChoiceOf(Urgency.class)
    String urgency;

    @RestForm
    String unit;

    @RestForm
    @DateText
    String followUpOn;

    /** Activities to suggest, picked from the search on the form before the referral is sent. */
    @RestForm
    List<Long> activityIds;

    /** Ongoing services to suggest, picked from the same search; named on the referral once it is sent. */
    @RestForm
    List<Long> serviceIds;

    /** The words and the postal code the activity search on the form looks for; not part of the referral. */
    @RestForm
    @Size(max = 200)
    @PlainText
    String activityWords;

    @RestForm
    @Pattern(regexp = "([0-9]{5})?")
    String activityPostalCode;

    /** Set by the form's search button: search activities and show the form again, nothing is sent. */
    @RestForm
    String findActivities;

    boolean findsActivities() {
        return findActivities != null;
    }

    List<Long> chosenServices() {
        return serviceIds == null ? List.of() : serviceIds.stream().filter(Objects::nonNull).distinct().toList();
    }

    List<Long> chosenActivities() {
        return activityIds == null ? List.of() : activityIds.stream().filter(Objects::nonNull).distinct().toList();
    }

    /**
     * The referral the form describes, sent at once. A value the form could not read is left out here; the form's
     * own check reports it at its field.
     */
    ReferralInput toInput() {
        List<String> given = consents == null ? List.of() : consents;
        List<ReferralInput.ConsentInput> answers = Arrays.stream(ConsentRecipient.values())
                .map(recipient -> new ReferralInput.ConsentInput(recipient, given.contains(recipient.name()))).toList();
        Set<Need> chosen = (needs == null ? List.<String> of() : needs).stream().map(n -> choice(Need.class, n))
                .filter(Objects::nonNull).collect(Collectors.toSet());
        return new ReferralInput(client.toInput(), municipality, choice(ReferralContext.class, context), chosen,
                interests, answers, chosenActivities(), null, "on".equals(linkPersonNeeded), linkPersonReason,
                choice(Urgency.class, urgency), unit, true, DateText.Validator.parse(followUpOn));
    }

    /** What the form shows again when it is refused: everything as sent but the identity code, typed again. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("client.firstName", client.firstName);
        values.put("client.lastName", client.lastName);
        values.put("client.birthYear", client.birthYear);
        values.put("client.phone", client.phone);
        values.put("client.email", client.email);
        values.put("client.language", client.language);
        values.put("client.interpreterNeeded", client.interpreterNeeded);
        values.put("municipality", municipality);
        values.put("context", context);
        values.put("needs", needs == null ? null : String.join(",", needs));
        values.put("interests", interests);
        values.put("consents", consents == null ? null : String.join(",", consents));
        values.put("linkPersonNeeded", linkPersonNeeded);
        values.put("linkPersonReason", linkPersonReason);
        values.put("urgency", urgency);
        values.put("unit", unit);
        values.put("followUpOn", followUpOn);
        values.put("activityWords", activityWords);
        values.put("activityPostalCode", activityPostalCode);
        values.values().removeIf(Objects::isNull);
        return values;
    }

    /** While the nurse is still writing (an activity search), the identity code typed so far stays too. */
    Map<String, String> valuesWhileWriting() {
        Map<String, String> values = values();
        if (client.identityCode != null) {
            values.put("client.identityCode", client.identityCode);
        }
        return values;
    }

    /** The constant a choice names, or none for an empty or unknown one. */
    static <E extends Enum<E>> E choice(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }
}
