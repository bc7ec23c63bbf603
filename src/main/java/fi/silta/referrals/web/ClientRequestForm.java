package fi.silta.referrals.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.Pattern;

import org.jboss.resteasy.reactive.RestForm;

import fi.silta.referrals.RequestPurpose;
import fi.silta.referrals.api.ClientRecordsRequest;
import fi.silta.referrals.validation.ChoiceOf;

/** An admin's form for a client's data request; the request's own rules are {@link ClientRecordsRequest}'s. */
public class ClientRequestForm {

    @RestForm
    String identityCode;

    @RestForm
    @Pattern(regexp = "\\s*[0-9]{0,18}\\s*")
    String referralId;

    @RestForm
    @ChoiceOf(RequestPurpose.class)
    String purpose;

    @RestForm
    String caseNumber;

    ClientRecordsRequest toInput() {
        Long referral = referralId == null || !referralId.strip().matches("[0-9]{1,18}") ? null
                : Long.valueOf(referralId.strip());
        RequestPurpose chosen = purpose == null || purpose.isBlank() ? null
                : Arrays.stream(RequestPurpose.values()).filter(p -> p.name().equals(purpose)).findFirst()
                        .orElse(null);
        return new ClientRecordsRequest(identityCode, referral, chosen, caseNumber);
    }

    /** What the form shows again: never the identity code, which is typed again. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("referralId", referralId);
        values.put("purpose", purpose);
        values.put("caseNumber", caseNumber);
        values.values().removeIf(Objects::isNull);
        return values;
    }
}
