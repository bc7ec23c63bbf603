package fi.silta.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

import fi.silta.common.Language;

/**
 * The nurse of a referral without a link-person hears on its follow-up day, once, that it is time to ask what came
 * of it. The message names no client; its link leads to the case.
 */
@ApplicationScoped
public class FollowUps {

    /** A follow-up fell due; sent after the notice is committed. */
    record Due(long referralId, String email) {
    }

    private static final Logger LOG = Logger.getLogger(FollowUps.class);

    private final EntityManager entityManager;
    private final Mailer mailer;
    private final ReferralsConfig config;
    private final Clock clock;
    private final Event<Due> due;

    FollowUps(EntityManager entityManager, Mailer mailer, ReferralsConfig config, Clock clock, Event<Due> due) {
        this.entityManager = entityManager;
        this.mailer = mailer;
        this.config = config;
        this.clock = clock;
        this.due = due;
    }

    /** Reminds the nurses whose referrals' follow-up day has come; returns how many. */
    @Transactional
    public int remindNurses() {
        LocalDate today = LocalDate.now(clock.withZone(ReferralsConfig.TIME_ZONE));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select r.id, r.nurse_email from referral r "
                + "where r.link_person_needed = false and r.follow_up_on <= ?1 "
                + "and r.status in ('REQUESTED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD') "
                + "and not exists (select 1 from referral_follow_up_notice n where n.referral_id = r.id)")
                .setParameter(1, today).getResultList();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            entityManager.createNativeQuery("insert into referral_follow_up_notice (referral_id, sent_at) values (?1, ?2)")
                    .setParameter(1, id).setParameter(2, clock.instant()).executeUpdate();
            due.fire(new Due(id, (String) row[1]));
        }
        return rows.size();
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Due event) {
        if (event.email() == null || event.email().isBlank()) {
            return;
        }
        StringBuilder subject = new StringBuilder();
        StringBuilder text = new StringBuilder();
        for (Language language : Language.values()) {
            PlaceMessages words = PlaceNotifier.messages(language);
            subject.append(subject.isEmpty() ? "" : " / ").append(words.follow_up_subject());
            text.append(words.follow_up_text()).append("\n\n");
        }
        String link = config.publicUrl().replaceAll("/+$", "") + "/staff/referrals/" + event.referralId();
        try {
            mailer.send(Mail.withText(event.email(), subject.toString(), text + link));
        } catch (RuntimeException e) {
            LOG.warnf("A follow-up reminder for referral %d could not be sent (%s)", event.referralId(),
                    e.getClass().getSimpleName());
        }
    }
}
