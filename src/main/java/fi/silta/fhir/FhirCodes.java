package fi.silta.fhir;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestPriority;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;

import fi.silta.referrals.ConsentRecipient;
import fi.silta.referrals.ReferralStatus;
import fi.silta.referrals.Urgency;

/**
 * The codes of the FHIR view: Silta's own code systems (named {@code urn:silta:fhir:...}, stable whatever address
 * a county serves Silta at) for what FHIR has no code of, and the mapping of Silta's values to FHIR's own codes.
 */
final class FhirCodes {

    /** Silta's referral number: the business identifier of the Task and ServiceRequest. */
    static final String REFERRAL = "urn:silta:fhir:referral";
    /** Staff by user name: nurses, link-persons and coordinators are referenced by it, not as resources. */
    static final String STAFF = "urn:silta:fhir:staff";
    /** The link-person's steps with the client ({@code CaseStep}): the Task's business status. */
    static final String CASE_STEP = "urn:silta:fhir:case-step";
    /** Why a case closed ({@code Outcome}): the Task's status reason once it is completed or failed. */
    static final String OUTCOME = "urn:silta:fhir:referral-outcome";
    /** What the client needs support with ({@code Need}): the ServiceRequest's reasons. */
    static final String NEED = "urn:silta:fhir:need";
    /** Where the nurse met the client ({@code ReferralContext}). */
    static final String CONTEXT = "urn:silta:fhir:referral-context";
    /** The kind of request: a wellbeing referral (hyvinvointilähete). */
    static final String REFERRAL_KIND = "urn:silta:fhir:referral-kind";
    /** Who receives the client's data under a consent ({@code ConsentRecipient}). */
    static final String CONSENT_RECIPIENT = "urn:silta:fhir:consent-recipient";
    /** The Finnish personal identity code (henkilötunnus), by its OID. */
    static final String IDENTITY_CODE = "urn:oid:1.2.246.21";

    private FhirCodes() {
    }

    /** {@code ACTIVITY_ORGANISER} as {@code activity-organiser}. */
    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code ACTIVITY_ORGANISER} as "Activity organiser". */
    static String display(Enum<?> value) {
        String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static CodeableConcept concept(String system, Enum<?> value) {
        return new CodeableConcept(new Coding(system, code(value), display(value))).setText(display(value));
    }

    static Optional<ConsentRecipient> recipient(String code) {
        return Arrays.stream(ConsentRecipient.values()).filter(r -> code(r).equals(code)).findFirst();
    }

    /** A member of staff, by user name. */
    static Reference staff(String username, String type) {
        Reference reference = new Reference().setType(type);
        reference.getIdentifier().setSystem(STAFF).setValue(username);
        return reference;
    }

    /**
     * The request's status as the Task's moves it: open while the Task is open, completed when the client attended,
     * revoked when the referral ended any other way.
     */
    static ServiceRequestStatus requestStatus(ReferralStatus status) {
        return switch (status) {
            case DRAFT -> ServiceRequestStatus.DRAFT;
            case REQUESTED, ACCEPTED, IN_PROGRESS -> ServiceRequestStatus.ACTIVE;
            case ON_HOLD -> ServiceRequestStatus.ONHOLD;
            case COMPLETED -> ServiceRequestStatus.COMPLETED;
            case REJECTED, CANCELLED, FAILED -> ServiceRequestStatus.REVOKED;
            case ENTERED_IN_ERROR -> ServiceRequestStatus.ENTEREDINERROR;
        };
    }

    static ServiceRequestPriority priority(Urgency urgency) {
        return switch (urgency == null ? Urgency.ROUTINE : urgency) {
            case ROUTINE -> ServiceRequestPriority.ROUTINE;
            case SOON -> ServiceRequestPriority.URGENT;
            case URGENT -> ServiceRequestPriority.ASAP;
        };
    }
}
