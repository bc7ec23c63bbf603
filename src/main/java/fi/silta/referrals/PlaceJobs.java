package fi.silta.referrals;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;

/**
 * The held places' clock, on one instance of the cluster: unconfirmed holds expire, sessions the organiser called
 * off or moved are noticed and told, clients are reminded before their session, and nurses of referrals without a
 * link-person hear on the follow-up day.
 */
@ApplicationScoped
class PlaceJobs {

    private static final Logger LOG = Logger.getLogger(PlaceJobs.class);

    private final PlaceService places;
    private final FollowUps followUps;

    PlaceJobs(PlaceService places, FollowUps followUps) {
        this.places = places;
        this.followUps = followUps;
    }

    @Nonconcurrent
    @Scheduled(every = "{silta.places.every:5m}", identity = "held-places")
    void run() {
        // Counts only: the log names no client.
        int expired = places.expireHolds();
        int calledOff = places.noticeCalledOffSessions();
        int reminded = places.sendReminders();
        int followedUp = followUps.remindNurses();
        if (expired + calledOff + reminded + followedUp > 0) {
            LOG.infof("Held places: %d expired, %d sessions called off, %d reminders, %d follow-ups", expired,
                    calledOff, reminded, followedUp);
        }
    }
}
