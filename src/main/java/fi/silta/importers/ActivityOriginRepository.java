package fi.silta.importers;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

import fi.silta.catalogue.Activity;
import fi.silta.catalogue.ActivityStatus;

@ApplicationScoped
public class ActivityOriginRepository implements PanacheRepository<ActivityOrigin> {

    /** What a run needs to know of a source's earlier records before it writes anything. */
    public record Known(String originId, String contentHash, boolean live, boolean primary,
            ActivityStatus activityStatus) {
    }

    public Optional<ActivityOrigin> findByOrigin(ImportSource source, String originId) {
        return find("source = ?1 and originId = ?2", source, originId).firstResultOptional();
    }

    public List<Known> knownOfSource(ImportSource source) {
        return getEntityManager()
                .createQuery("select o.originId, o.contentHash, o.goneAt, o.primary, a.status "
                        + "from ActivityOrigin o join o.activity a where o.source = :source", Object[].class)
                .setParameter("source", source)
                .getResultStream()
                .map(row -> new Known((String) row[0], (String) row[1], row[2] == null, (Boolean) row[3],
                        (ActivityStatus) row[4]))
                .toList();
    }

    /** Live origins of other sources that share the match key: candidates for the same activity. */
    public List<ActivityOrigin> candidates(String matchKey, ImportSource except) {
        return list("matchKey = ?1 and source <> ?2 and goneAt is null and activity.status <> ?3 order by id",
                matchKey, except, ActivityStatus.ARCHIVED);
    }

    public List<ActivityOrigin> ofActivity(Activity activity) {
        return list("activity = ?1 order by id", activity);
    }

    public long countOfSource(ImportSource source) {
        return count("source", source);
    }
}
