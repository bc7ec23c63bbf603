package fi.silta.organisations;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class OrganisationRequestRepository implements PanacheRepository<OrganisationRequest> {

    /** Requests with the given status, oldest first, so the longest waiting is decided first. */
    public List<OrganisationRequest> withStatus(RequestStatus status) {
        return list("status = ?1 order by createdAt, id", status);
    }
}
