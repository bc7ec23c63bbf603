package fi.silta.referrals.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.Pattern;

import org.jboss.resteasy.reactive.RestForm;

import fi.silta.referrals.api.ClientRecordsRequest;

/** An admin's form for a client's data request; the request's own rules are {@link ClientRecordsRequest}'s. */
public class ClientRequestForm {

    @RestForm
    String identityCode;

    @RestForm
    @Pattern(regexp = "\\s*[0-9]{0,18}\\s*")
    String referralId;

    @RestForm
    String reason;

    ClientRecordsRequest toInput() {
        Long referral = referralId == null || !referralId.strip().matches("[0-9]{1,18}") ? null
                : Long.valueOf(referralId.strip());
        return new ClientRecordsRequest(identityCode, referral, reason);
    }

    /** What the form shows again: never the identity code, which is typed again. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("referralId", referralId);
        values.put("reason", reason);
        values.values().removeIf(Objects::isNull);
        return values;
    }
}
