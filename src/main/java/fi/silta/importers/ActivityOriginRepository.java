package fi.silta.importers;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

    /** The source's origins of these records, by origin id, with their activities: one query for a batch. */
    public Map<String, ActivityOrigin> findByOrigins(ImportSource source, Collection<String> originIds) {
        if (originIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery("select o from ActivityOrigin o join fetch o.activity "
                        + "where o.source = :source and o.originId in :ids", ActivityOrigin.class)
                .setParameter("source", source).setParameter("ids", originIds)
                .getResultStream().collect(Collectors.toMap(ActivityOrigin::originId, o -> o));
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

    /**
     * Live origins of other sources that share one of the match keys, candidates for the same activity, by match
     * key: one query for a batch of records.
     */
    public Map<String, List<ActivityOrigin>> candidates(Collection<String> matchKeys, ImportSource except) {
        if (matchKeys.isEmpty()) {
            return Map.of();
        }
        return list("matchKey in ?1 and source <> ?2 and goneAt is null and activity.status <> ?3 order by id",
                matchKeys, except, ActivityStatus.ARCHIVED).stream()
                .collect(Collectors.groupingBy(ActivityOrigin::matchKey, LinkedHashMap::new, Collectors.toList()));
    }

    public List<ActivityOrigin> ofActivity(Activity activity) {
        return list("activity = ?1 order by id", activity);
    }

    public long countOfSource(ImportSource source) {
        return count("source", source);
    }
}
