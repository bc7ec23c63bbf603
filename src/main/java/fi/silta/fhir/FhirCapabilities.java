package fi.silta.fhir;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;

/** What the FHIR view serves: reads of four resource types, JSON only, with bearer tokens. Public, as FHIR asks. */
final class FhirCapabilities {

    /** When this statement last changed: with the resources or interactions it lists. */
    private static final Date PUBLISHED = Date.from(Instant.parse("2026-12-06T00:00:00Z"));

    private FhirCapabilities() {
    }

    static CapabilityStatement statement() {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(PublicationStatus.ACTIVE);
        statement.setName("SiltaReferralView");
        statement.setTitle("Silta: read-only FHIR view of wellbeing referrals");
        statement.setDate(PUBLISHED);
        statement.setKind(CapabilityStatementKind.INSTANCE);
        statement.getSoftware().setName("Silta");
        statement.getImplementation().setDescription("Wellbeing referrals of a Finnish wellbeing services county");
        statement.setFhirVersion(FHIRVersion._4_0_1);
        statement.addFormat(FhirJson.MEDIA_TYPE);
        statement.addFormat("json");
        CapabilityStatementRestComponent rest = statement.addRest();
        rest.setMode(RestfulCapabilityMode.SERVER);
        rest.setDocumentation("Each read passes the referral's access rules and is written to the client-data access"
                + " log. A referral's resources share its number: Task/{id}, ServiceRequest/{id}, Patient/{id},"
                + " Consent/{id}-{recipient}.");
        rest.getSecurity().setCors(false).setDescription("OAuth 2.0 bearer tokens from the county's identity provider")
                .addService(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/restful-security-service",
                        "OAuth", "OAuth")));
        for (String type : List.of("Task", "ServiceRequest", "Consent", "Patient")) {
            rest.addResource().setType(type).addInteraction().setCode(TypeRestfulInteraction.READ);
        }
        return statement;
    }
}
