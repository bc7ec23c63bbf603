package fi.silta.common.scheduling;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.FailedExecution;
import io.quarkus.scheduler.ScheduledExecution;
import io.quarkus.scheduler.SkippedExecution;
import io.quarkus.scheduler.SuccessfulExecution;

/**
 * One log line per run of a scheduled job, naming the job, the time its trigger was due and how long it took, on the
 * instance that ran it. The scheduler is clustered (Quartz with its job store in the database): each due time runs on
 * one instance only, which these lines show across the instances' logs. A failure is logged by its kind only, since
 * a job's exception message may quote data.
 */
@ApplicationScoped
class ScheduledJobLog {

    private static final Logger LOG = Logger.getLogger(ScheduledJobLog.class);

    void succeeded(@Observes SuccessfulExecution event) {
        ScheduledExecution execution = event.getExecution();
        LOG.infof("Scheduled job %s ran here: due %s, took %d ms", execution.getTrigger().getId(),
                execution.getScheduledFireTime(), took(execution));
    }

    void failed(@Observes FailedExecution event) {
        ScheduledExecution execution = event.getExecution();
        LOG.errorf("Scheduled job %s failed here: due %s, after %d ms (%s)", execution.getTrigger().getId(),
                execution.getScheduledFireTime(), took(execution), event.getException().getClass().getName());
    }

    void skipped(@Observes SkippedExecution event) {
        LOG.debugf("Scheduled job %s skipped: %s", event.getExecution().getTrigger().getId(), event.getDetail());
    }

    private static long took(ScheduledExecution execution) {
        Instant fired = execution.getFireTime();
        return fired == null ? -1 : Duration.between(fired, Instant.now()).toMillis();
    }
}
