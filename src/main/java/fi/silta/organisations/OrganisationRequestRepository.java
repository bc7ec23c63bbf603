package fi.silta.organisations;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class OrganisationRequestRepository implements PanacheRepository<OrganisationRequest> {

    /** A page of the requests with the given status, oldest first, so the longest waiting is decided first. */
    public List<OrganisationRequest> withStatus(RequestStatus status, int page, int size) {
        return find("status = ?1 order by createdAt, id", status).page(page, size).list();
    }

    /** Every request with the given status (null: every request), oldest first. */
    public List<OrganisationRequest> all(RequestStatus status) {
        return status == null ? list("order by createdAt, id") : list("status = ?1 order by createdAt, id", status);
    }

    public long countWithStatus(RequestStatus status) {
        return count("status = ?1", status);
    }

    /** The latest decisions, newest first. */
    public List<OrganisationRequest> latestDecided(int limit) {
        return find("status <> ?1 order by decidedAt desc, id desc", RequestStatus.PENDING).page(0, limit).list();
    }

    /** Requests still waiting that were sent before the given time. */
    public List<OrganisationRequest> pendingSince(Instant before) {
        return list("status = ?1 and createdAt < ?2", RequestStatus.PENDING, before);
    }

    /** Decided requests whose contact details are still held, decided before the given time. */
    public List<OrganisationRequest> decidedWithContactBefore(Instant before) {
        return list("status <> ?1 and decidedAt < ?2 and contactErasedAt is null", RequestStatus.PENDING, before);
    }
}
