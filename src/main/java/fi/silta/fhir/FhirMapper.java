package fi.silta.fhir;

import java.time.Instant;
import java.util.Date;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Consent.ConsentProvisionType;
import org.hl7.fhir.r4.model.Consent.ConsentState;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskIntent;
import org.hl7.fhir.r4.model.Task.TaskPriority;
import org.hl7.fhir.r4.model.Task.TaskStatus;

import fi.silta.referrals.api.ReferralView;

/**
 * A referral as FHIR R4 resources, shaped as the SDOH Clinical Care IG shapes a referral: a ServiceRequest (what
 * the nurse asks for), a Task that fulfils it (the referral's status, the link-person's step as business status),
 * the client's consents and a minimal Patient. Free text about the client (interests, reasons, notes) and contact
 * details stay out; the identity code goes only to a reader whose view of the referral carries it whole.
 */
@ApplicationScoped
class FhirMapper {

    private static final Coding SOCIAL_SERVICE = new Coding("http://snomed.info/sct", "410606002",
            "Social service procedure");
    private static final Coding FULFILL = new Coding("http://hl7.org/fhir/CodeSystem/task-code", "fulfill",
            "Fulfill the focal request");
    private static final Coding INFORMATION_DISCLOSURE = new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode",
            "IDSCL", "information disclosure");
    private static final Coding PATIENT_PRIVACY = new Coding("http://terminology.hl7.org/CodeSystem/consentscope",
            "patient-privacy", "Privacy Consent");
    private static final Coding INFORMATION_RECIPIENT = new Coding(
            "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP", "information recipient");
    /** The Act on the Processing of Client Data in Healthcare and Social Welfare (703/2023). */
    private static final String CLIENT_DATA_ACT = "https://www.finlex.fi/fi/laki/alkup/2023/20230703";

    Task task(ReferralView r) {
        Task task = new Task();
        task.setId(String.valueOf(r.id()));
        task.addIdentifier(referralNumber(r));
        task.setStatus(TaskStatus.fromCode(r.status().code()));
        task.setIntent(TaskIntent.ORDER);
        task.setPriority(TaskPriority.fromCode(FhirCodes.priority(r.urgency()).toCode()));
        task.setCode(new CodeableConcept(FULFILL.copy()));
        task.setFocus(new Reference("ServiceRequest/" + r.id()));
        task.setFor(new Reference("Patient/" + r.id()));
        task.setAuthoredOn(date(r.createdAt()));
        task.setLastModified(date(r.updatedAt()));
        task.setRequester(FhirCodes.staff(r.nurse(), "Practitioner"));
        String owner = r.assignedTo() != null ? r.assignedTo() : r.linkPersonNeeded() ? null : r.nurse();
        if (owner != null) {
            task.setOwner(FhirCodes.staff(owner, "Practitioner"));
        }
        if (r.step() != null) {
            task.setBusinessStatus(FhirCodes.concept(FhirCodes.CASE_STEP, r.step()));
        }
        if (r.outcome() != null && r.status().terminal()) {
            task.setStatusReason(FhirCodes.concept(FhirCodes.OUTCOME, r.outcome()));
        }
        if (r.assignedAt() != null || r.closedAt() != null) {
            Period period = new Period();
            period.setStart(date(r.assignedAt()));
            period.setEnd(date(r.closedAt()));
            task.setExecutionPeriod(period);
        }
        return task;
    }

    ServiceRequest serviceRequest(ReferralView r) {
        ServiceRequest request = new ServiceRequest();
        request.setId(String.valueOf(r.id()));
        request.addIdentifier(referralNumber(r));
        request.setStatus(FhirCodes.requestStatus(r.status()));
        request.setIntent(ServiceRequestIntent.ORDER);
        request.setPriority(FhirCodes.priority(r.urgency()));
        request.addCategory(new CodeableConcept(SOCIAL_SERVICE.copy()));
        if (r.context() != null) {
            request.addCategory(FhirCodes.concept(FhirCodes.CONTEXT, r.context()));
        }
        request.setCode(new CodeableConcept(new Coding(FhirCodes.REFERRAL_KIND, "wellbeing-referral",
                "Wellbeing referral")).setText("Wellbeing referral"));
        r.needs().forEach(need -> request.addReasonCode(FhirCodes.concept(FhirCodes.NEED, need)));
        request.setSubject(new Reference("Patient/" + r.id()));
        request.setAuthoredOn(date(r.createdAt()));
        request.setRequester(FhirCodes.staff(r.nurse(), "Practitioner"));
        if (r.linkPersonNeeded()) {
            request.setPerformerType(new CodeableConcept(new Coding(FhirCodes.REFERRAL_KIND, "link-person",
                    "Link-person")).setText("Link-person"));
        }
        r.consents().forEach(c -> request.addSupportingInfo(
                new Reference("Consent/" + consentId(r, c))));
        return request;
    }

    /**
     * The client, as little as the exchange needs: name, year of birth and language. The identity code only when
     * the reader's view holds it whole (the referral masks it for everyone in ordinary work, so today never).
     */
    Patient patient(ReferralView r) {
        ReferralView.ClientView c = r.client();
        Patient patient = new Patient();
        patient.setId(String.valueOf(r.id()));
        if (c.identityCode() != null && !c.identityCode().contains("*")) {
            patient.addIdentifier(new Identifier().setSystem(FhirCodes.IDENTITY_CODE).setValue(c.identityCode()));
        }
        patient.addName().setFamily(c.lastName()).addGiven(c.firstName());
        if (c.birthYear() != null) {
            patient.setBirthDateElement(new DateType(String.valueOf(c.birthYear())));
        }
        patient.addCommunication().setPreferred(true).setLanguage(new CodeableConcept(
                new Coding("urn:ietf:bcp:47", c.language(), null)));
        return patient;
    }

    Consent consent(ReferralView r, ReferralView.ConsentView c) {
        Consent consent = new Consent();
        consent.setId(consentId(r, c));
        consent.setStatus(c.given() ? ConsentState.ACTIVE : ConsentState.REJECTED);
        consent.setScope(new CodeableConcept(PATIENT_PRIVACY.copy()));
        consent.addCategory(new CodeableConcept(INFORMATION_DISCLOSURE.copy()));
        consent.setPatient(new Reference("Patient/" + r.id()));
        consent.setDateTime(date(c.recordedAt()));
        consent.addPolicy().setUri(CLIENT_DATA_ACT);
        Consent.ProvisionComponent provision = consent.getProvision();
        provision.setType(c.given() ? ConsentProvisionType.PERMIT : ConsentProvisionType.DENY);
        Reference recipient = new Reference().setDisplay(FhirCodes.display(c.recipient()));
        recipient.getIdentifier().setSystem(FhirCodes.CONSENT_RECIPIENT).setValue(FhirCodes.code(c.recipient()));
        provision.addActor().setRole(new CodeableConcept(INFORMATION_RECIPIENT.copy())).setReference(recipient);
        return consent;
    }

    private static String consentId(ReferralView r, ReferralView.ConsentView c) {
        return r.id() + "-" + FhirCodes.code(c.recipient());
    }

    private static Identifier referralNumber(ReferralView r) {
        return new Identifier().setSystem(FhirCodes.REFERRAL).setValue(String.valueOf(r.id()));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
