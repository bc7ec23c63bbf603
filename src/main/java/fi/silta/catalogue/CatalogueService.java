package fi.silta.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.search.engine.search.common.SortMode;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.session.SearchSession;

import fi.silta.catalogue.api.ActivityDetail;
import fi.silta.catalogue.api.ActivityPage;
import fi.silta.common.Language;
import fi.silta.common.problem.ProblemException;

/** Reading the public catalogue. Only published activities are ever shown here. */
@ApplicationScoped
public class CatalogueService {

    private final ActivityRepository activities;
    private final ActivityMapper mapper;
    private final SearchSession searchSession;
    private final Clock clock;

    CatalogueService(ActivityRepository activities, ActivityMapper mapper, SearchSession searchSession, Clock clock) {
        this.activities = activities;
        this.mapper = mapper;
        this.searchSession = searchSession;
        this.clock = clock;
    }

    /**
     * Published activities with a session still to come, soonest first, found through the search
     * index. The search issue's filters and facets compose onto this same query.
     */
    @Transactional
    public ActivityPage list(Language language, int page, int size) {
        Instant now = clock.instant();
        SearchResult<Activity> result = searchSession.search(Activity.class)
                .where(f -> f.bool()
                        .must(f.match().field("status").matching(ActivityStatus.PUBLISHED))
                        .must(f.nested("occurrences").add(f.bool()
                                .must(f.range().field("occurrences.endsAt").atLeast(now))
                                .mustNot(f.match().field("occurrences.cancelled").matching(true)))))
                .sort(f -> f.field("occurrences.startsAt").mode(SortMode.MIN)
                        .filter(o -> o.range().field("occurrences.endsAt").atLeast(now))
                        .then().field("id_sort"))
                .fetch((page - 1) * size, size);
        List<fi.silta.catalogue.api.ActivitySummary> items = result.hits().stream()
                .map(activity -> mapper.summary(activity, language, now, null)).toList();
        return new ActivityPage(result.total().hitCount(), page, size, items, java.util.Map.of());
    }

    @Transactional
    public ActivityDetail get(long id, Language language) {
        Activity activity = activities.findByIdOptional(id)
                .filter(a -> a.status() == ActivityStatus.PUBLISHED)
                .orElseThrow(() -> ProblemException.notFound("Activity " + id));
        return mapper.detail(activity, language, clock.instant());
    }
}
