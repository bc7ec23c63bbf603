package fi.silta.fhir;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;

import fi.silta.referrals.ConsentRecipient;
import fi.silta.referrals.ReferralQueries;
import fi.silta.referrals.api.ReferralView;

/**
 * Reads a referral through the referrals' own query, which checks who may see it (403, logged, for anyone else and
 * for a referral that does not exist) and writes each read to the client-data access log under the FHIR resource
 * served, then shapes it as FHIR. Nothing here decides access; nothing here keeps client data.
 */
@ApplicationScoped
class FhirReferrals {

    private final ReferralQueries queries;
    private final FhirMapper mapper;

    FhirReferrals(ReferralQueries queries, FhirMapper mapper) {
        this.queries = queries;
        this.mapper = mapper;
    }

    Task task(long id) {
        return mapper.task(queries.read(id, "fhir-task"));
    }

    ServiceRequest serviceRequest(long id) {
        return mapper.serviceRequest(queries.read(id, "fhir-service-request"));
    }

    Patient patient(long id) {
        return mapper.patient(queries.read(id, "fhir-patient"));
    }

    /** One consent by its recipient's code; 404 when the client was never asked about that recipient. */
    Consent consent(long id, String recipient) {
        Optional<ConsentRecipient> which = FhirCodes.recipient(recipient);
        if (which.isEmpty()) {
            throw new NotFoundException();
        }
        ReferralView referral = queries.read(id, "fhir-consent");
        return referral.consents().stream().filter(c -> c.recipient() == which.get()).findFirst()
                .map(c -> mapper.consent(referral, c)).orElseThrow(NotFoundException::new);
    }
}
