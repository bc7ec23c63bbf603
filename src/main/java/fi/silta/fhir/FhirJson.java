package fi.silta.fhir;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;

/**
 * FHIR R4 JSON out: HAPI's R4 context (built once, it is costly) and its parser, and the OperationOutcome every
 * error of the FHIR view answers with. An outcome says what went wrong in general words, never which client.
 */
@Singleton
class FhirJson {

    /** What the FHIR view answers in (FHIR R4, http.html#mime). */
    static final String MEDIA_TYPE = "application/fhir+json";

    private final FhirContext context = FhirContext.forR4();

    /** The resource as FHIR JSON. */
    String write(IBaseResource resource) {
        IParser parser = context.newJsonParser();
        parser.setPrettyPrint(false);
        return parser.encodeResourceToString(resource);
    }

    Response ok(IBaseResource resource) {
        return Response.ok(write(resource), MEDIA_TYPE).build();
    }

    /** An error as an OperationOutcome with one issue; {@code headers} are name, value pairs (WWW-Authenticate ...). */
    Response outcome(int status, IssueType type, String diagnostics, String... headers) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type).setDiagnostics(diagnostics);
        Response.ResponseBuilder response = Response.status(status).type(MEDIA_TYPE).entity(write(outcome));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            response.header(headers[i], headers[i + 1]);
        }
        return response.build();
    }
}
