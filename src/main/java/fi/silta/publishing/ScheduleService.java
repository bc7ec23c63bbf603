package fi.silta.publishing;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import fi.silta.catalogue.Activity;
import fi.silta.catalogue.OccurrenceExpander;
import fi.silta.common.Language;
import fi.silta.common.problem.ProblemException;
import fi.silta.publishing.api.ActivityEdit;
import fi.silta.publishing.api.Operation;
import fi.silta.publishing.api.ScheduleInput;

/**
 * When an activity takes place: a publisher adds a date or a series, removes one, and calls off a single
 * session (or takes it back) while the rest of its series stays. The sessions residents see follow at once.
 */
@ApplicationScoped
public class ScheduleService {

    private final OccurrenceExpander expander;
    private final PublishingAccess access;
    private final PublishingMapper mapper;
    private final Clock clock;

    ScheduleService(OccurrenceExpander expander, PublishingAccess access, PublishingMapper mapper, Clock clock) {
        this.expander = expander;
        this.access = access;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional
    public ActivityEdit addSchedule(long id, @Valid @NotNull ScheduleInput input, Language language) {
        Activity activity = access.activity(id, Operation.ADD_SCHEDULE);
        access.checkVersion(activity, input.version(), Operation.ADD_SCHEDULE);
        access.refuseImported(activity);
        activity.addSchedule(RecurrenceRule.schedule(activity, input));
        expander.expand(activity);
        activity.markVerified(clock.instant());
        access.touch(activity);
        access.recordChange(Operation.ADD_SCHEDULE, activity, "kind: " + input.kind());
        return edit(activity, language);
    }

    @Transactional
    public ActivityEdit removeSchedule(long id, long scheduleId, Long version, Language language) {
        Activity activity = access.activity(id, Operation.REMOVE_SCHEDULE);
        access.checkVersion(activity, version, Operation.REMOVE_SCHEDULE);
        access.refuseImported(activity);
        if (!activity.removeSchedule(scheduleId)) {
            throw ProblemException.notFound("The schedule");
        }
        access.touch(activity);
        access.recordChange(Operation.REMOVE_SCHEDULE, activity, "schedule: " + scheduleId);
        return edit(activity, language);
    }

    /** Calls off one session (or takes it back); the rest of its series stays. */
    @Transactional
    public ActivityEdit setSessionCancelled(long id, long sessionId, boolean cancelled, Long version,
            Language language) {
        Operation operation = cancelled ? Operation.CANCEL_SESSION : Operation.RESTORE_SESSION;
        Activity activity = access.activity(id, operation);
        access.checkVersion(activity, version, operation);
        if (!activity.setSessionCancelled(sessionId, cancelled)) {
            throw ProblemException.notFound("The session");
        }
        access.touch(activity);
        access.recordChange(operation, activity, "session: " + sessionId);
        return edit(activity, language);
    }

    private ActivityEdit edit(Activity activity, Language language) {
        return mapper.edit(activity, language, clock.instant(), access.importedFrom(activity));
    }
}
