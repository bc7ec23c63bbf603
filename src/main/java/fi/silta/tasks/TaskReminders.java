package fi.silta.tasks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;

import fi.silta.common.Language;

/**
 * Reminds both sides of a task the day before: each confirmed helper and the host, by mail where an address is
 * known. The message names the task's kind, time and municipality, and the meeting point of a task with no
 * referred client; never a client. A task is reminded of once, on one instance of the cluster.
 */
@ApplicationScoped
public class TaskReminders {

    private static final Logger LOG = Logger.getLogger(TaskReminders.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy 'klo' H.mm");

    private final TaskRepository tasks;
    private final HelperRepository helpers;
    private final Mailer mailer;
    private final Clock clock;
    private final Duration before;

    TaskReminders(TaskRepository tasks, HelperRepository helpers, Mailer mailer, Clock clock,
            @ConfigProperty(name = "silta.tasks.remind-before", defaultValue = "P1D") Duration before) {
        this.tasks = tasks;
        this.helpers = helpers;
        this.mailer = mailer;
        this.clock = clock;
        this.before = before;
    }

    @Nonconcurrent
    @Scheduled(every = "{silta.tasks.every:15m}", identity = "helping-task-reminders")
    void run() {
        int sent = remind();
        if (sent > 0) {
            // A count only: the log names no helper and no client.
            LOG.infof("Helping tasks: %d reminders", sent);
        }
    }

    /** Sends the reminders now due; the number of messages sent. */
    @Transactional
    public int remind() {
        Instant now = clock.instant();
        int sent = 0;
        for (HelpingTask task : tasks.dueForReminder(now, now.plus(before))) {
            List<String> to = new ArrayList<>();
            for (TaskClaim claim : tasks.claims(task.id())) {
                if (claim.status() == ClaimStatus.CONFIRMED) {
                    String email = helpers.findById(claim.helperId()).email();
                    if (email != null) {
                        to.add(email);
                    }
                }
            }
            if (task.postedByEmail() != null) {
                to.add(task.postedByEmail());
            }
            TaskMessages text = TaskMapper.messages(Language.FI);
            String when = WHEN.format(LocalDateTime.ofInstant(task.startsAt(), TaskMapper.ZONE));
            String where = task.referralId() == null ? task.meetingPoint() : text.reminder_in_silta();
            for (String address : to) {
                try {
                    mailer.send(Mail.withText(address, text.reminder_subject(text.kind(task.kind()), when),
                            text.reminder_body(text.kind(task.kind()), when, where)));
                    sent++;
                } catch (RuntimeException e) {
                    LOG.warnf("A reminder of helping task %d was not sent: %s", task.id(), e.getClass().getSimpleName());
                }
            }
            task.reminded(now);
        }
        return sent;
    }
}
