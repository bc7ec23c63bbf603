package fi.silta.organisations;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import fi.silta.common.Language;
import fi.silta.organisations.api.OrganisationRequestView;
import fi.silta.organisations.api.OrganisationSummary;
import fi.silta.organisations.api.RequestReceived;
import fi.silta.reference.PostalCode;

/** Organisations and requests to API records; entities never leave the organisations service. */
@ApplicationScoped
public class OrganisationMapper {

    public OrganisationSummary summary(Organisation organisation, Language language) {
        String name = organisation.name().resolve(language);
        PostalCode postalCode = organisation.postalCode();
        return new OrganisationSummary(organisation.id(), name == null ? "" : name, organisation.type(),
                organisation.businessId(), organisation.verified(), List.copyOf(organisation.members()),
                organisation.description().fi(), organisation.description().sv(), organisation.description().en(),
                organisation.streetAddress(), postalCode == null ? null : postalCode.code(),
                postalCode == null || postalCode.municipality() == null ? null
                        : postalCode.municipality().name().resolve(language));
    }

    public OrganisationRequestView view(OrganisationRequest request, Language language) {
        return new OrganisationRequestView(request.id(), request.status(), request.name(), request.type(),
                request.businessId(), request.municipality().code(), request.municipality().name().resolve(language),
                request.website(), request.contactName(), request.contactEmail(), request.contactPhone(),
                request.message(), request.language().code(), request.createdAt(), request.decidedBy(),
                request.decidedAt(), request.decisionReason(),
                request.organisation() == null ? null : request.organisation().id(),
                request.decidedByName() != null ? request.decidedByName() : request.decidedBy());
    }

    public RequestReceived received(OrganisationRequest request) {
        return new RequestReceived(request.id(), request.status());
    }
}
