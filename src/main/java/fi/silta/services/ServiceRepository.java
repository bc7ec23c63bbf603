package fi.silta.services;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class ServiceRepository implements PanacheRepository<ServiceListing> {

    public Optional<ServiceListing> published(long id) {
        return find("id = ?1 and status = ?2", id, ServiceStatus.PUBLISHED).firstResultOptional();
    }

    public List<ServiceListing> ofOrganisation(long organisationId) {
        return list("organisation.id = ?1 order by id", organisationId);
    }

    public Optional<ServiceListing> byOrigin(String source, String originId) {
        return find("source = ?1 and originId = ?2", source, originId).firstResultOptional();
    }
}
