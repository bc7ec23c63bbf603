package fi.silta.catalogue;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.silta.catalogue.api.ActivityDetail;
import fi.silta.common.Language;
import fi.silta.common.problem.ProblemException;

/** Reading one activity of the public catalogue; searching is {@link fi.silta.search.ActivitySearchService}. */
@ApplicationScoped
public class CatalogueService {

    private final ActivityRepository activities;
    private final ActivityMapper mapper;
    private final Clock clock;

    CatalogueService(ActivityRepository activities, ActivityMapper mapper, Clock clock) {
        this.activities = activities;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional
    public ActivityDetail get(long id, Language language) {
        Activity activity = activities.findByIdOptional(id)
                .filter(a -> a.status() == ActivityStatus.PUBLISHED)
                .orElseThrow(() -> ProblemException.notFound("Activity " + id));
        return mapper.detail(activity, language, clock.instant());
    }
}
