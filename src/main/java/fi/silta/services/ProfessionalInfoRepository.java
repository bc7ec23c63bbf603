package fi.silta.services;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class ProfessionalInfoRepository implements PanacheRepository<ProfessionalInfo> {

    public Optional<ProfessionalInfo> ofService(long serviceId) {
        return find("service.id", serviceId).firstResultOptional();
    }

    public Optional<ProfessionalInfo> ofOrganisation(long organisationId) {
        return find("organisation.id = ?1 and service is null", organisationId).firstResultOptional();
    }
}
