package fi.silta.catalogue;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class ActivityRepository implements PanacheRepository<Activity> {

    public Optional<Activity> findByOrigin(String source, String originId) {
        return find("source = ?1 and originId = ?2", source, originId).firstResultOptional();
    }

    /** Published activities whose schedules may need occurrences beyond the current window. */
    public List<Activity> listForExpansion(int offset, int limit) {
        return find("status <> ?1 order by id", ActivityStatus.ARCHIVED).range(offset, offset + limit - 1).list();
    }
}
