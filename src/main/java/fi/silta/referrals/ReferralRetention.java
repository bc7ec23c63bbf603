package fi.silta.referrals;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;

/** Pseudonymises closed referrals at night, once their retention period has ended. */
@ApplicationScoped
class ReferralRetention {

    private static final Logger LOG = Logger.getLogger(ReferralRetention.class);

    private final ClientRecordsService records;

    ReferralRetention(ClientRecordsService records) {
        this.records = records;
    }

    @Nonconcurrent
    @Scheduled(cron = "{silta.referrals.retention-cron:0 40 2 * * ?}", identity = "referral-retention")
    void nightly() {
        // A count only: the log names no client.
        LOG.infof("Retention: %d closed referrals pseudonymised", records.pseudonymiseClosed());
    }
}
