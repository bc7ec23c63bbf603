package fi.silta.resources;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class ResourceRepository implements PanacheRepository<ResourceListing> {

    public Optional<ResourceListing> published(long id) {
        return find("id = ?1 and status = ?2", id, ResourceStatus.PUBLISHED).firstResultOptional();
    }

    /** The resources these organisations keep, all statuses, newest first. */
    public List<ResourceListing> keptBy(Collection<Long> organisationIds) {
        return organisationIds.isEmpty() ? List.of()
                : list("organisation.id in ?1 order by id desc", organisationIds);
    }

    /** Every resource, the county's own and every organisation's, newest first: what an admin keeps. */
    public List<ResourceListing> everyOne() {
        return list("order by id desc");
    }
}
