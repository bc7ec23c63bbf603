package fi.silta.referrals.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Pattern;

import org.jboss.resteasy.reactive.RestForm;

import fi.silta.referrals.Need;
import fi.silta.referrals.Urgency;
import fi.silta.referrals.api.CorrectionInput;
import fi.silta.referrals.api.ReferralView;
import fi.silta.referrals.validation.ChoiceOf;
import fi.silta.referrals.validation.DateText;

/**
 * The correction form as a browser sends it, with the fields named as in the API's {@link CorrectionInput}. Only what
 * the form adds is checked here (readable choices, date and version); the rules are the input's own.
 */
public class CorrectionForm {

    @RestForm
    @Pattern(regexp = "[0-9]{1,18}")
    String version;

    @RestForm
    String phone;

    @RestForm
    String email;

    @RestForm
    String language;

    @RestForm
    String interpreterNeeded;

    @RestForm
    List<@ChoiceOf(Need.class) String> needs;

    @RestForm
    String interests;

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

    CorrectionInput toInput() {
        Set<Need> chosen = (needs == null ? List.<String> of() : needs).stream()
                .map(n -> ReferralForm.choice(Need.class, n)).filter(Objects::nonNull).collect(Collectors.toSet());
        Long read = version != null && version.matches("[0-9]{1,18}") ? Long.valueOf(version) : null;
        return new CorrectionInput(read, phone, email, language, "on".equals(interpreterNeeded), chosen, interests,
                "on".equals(linkPersonNeeded), linkPersonReason, ReferralForm.choice(Urgency.class, urgency), unit,
                DateText.Validator.parse(followUpOn));
    }

    /** What the form shows again when it is refused: everything as sent. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("version", version);
        values.put("phone", phone);
        values.put("email", email);
        values.put("language", language);
        values.put("interpreterNeeded", interpreterNeeded);
        values.put("needs", needs == null ? null : String.join(",", needs));
        values.put("interests", interests);
        values.put("linkPersonNeeded", linkPersonNeeded);
        values.put("linkPersonReason", linkPersonReason);
        values.put("urgency", urgency);
        values.put("unit", unit);
        values.put("followUpOn", followUpOn);
        values.values().removeIf(Objects::isNull);
        return values;
    }

    /** The form filled with what the referral holds now, as the reader may see it. */
    static Map<String, String> of(ReferralView referral) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("version", String.valueOf(referral.version()));
        values.put("phone", referral.client().phone());
        values.put("email", referral.client().email());
        values.put("language", referral.client().language());
        values.put("interpreterNeeded", referral.client().interpreterNeeded() ? "on" : null);
        values.put("needs", referral.needs().stream().map(Need::name).collect(Collectors.joining(",")));
        values.put("interests", referral.interests());
        values.put("linkPersonNeeded", referral.linkPersonNeeded() ? "on" : null);
        values.put("linkPersonReason", referral.linkPersonReason());
        values.put("urgency", referral.urgency() == null ? null : referral.urgency().name());
        values.put("unit", referral.unit());
        values.put("followUpOn", referral.followUpOn() == null ? null : referral.followUpOn().toString());
        values.values().removeIf(Objects::isNull);
        return values;
    }
}
