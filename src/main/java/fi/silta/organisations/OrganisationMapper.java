package fi.silta.organisations;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import fi.silta.common.Language;
import fi.silta.organisations.api.OrganisationRequestView;
import fi.silta.organisations.api.OrganisationSummary;
import fi.silta.organisations.api.RequestReceived;

/** Organisations and requests to API records; entities never leave the organisations service. */
@ApplicationScoped
public class OrganisationMapper {

    public OrganisationSummary summary(Organisation organisation, Language language) {
        String name = organisation.name().resolve(language);
        return new OrganisationSummary(organisation.id(), name == null ? "" : name, organisation.type(),
                organisation.businessId(), organisation.verified(), List.copyOf(organisation.members()));
    }

    public OrganisationRequestView view(OrganisationRequest request, Language language) {
        return new OrganisationRequestView(request.id(), request.status(), request.name(), request.type(),
                request.businessId(), request.municipality().code(), request.municipality().name().resolve(language),
                request.website(), request.contactName(), request.contactEmail(), request.contactPhone(),
                request.message(), request.language().code(), request.createdAt(), request.decidedBy(),
                request.decidedAt(), request.decisionReason(),
                request.organisation() == null ? null : request.organisation().id());
    }

    public RequestReceived received(OrganisationRequest request) {
        return new RequestReceived(request.id(), request.status());
    }
}
