package fi.silta.referrals;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;

/**
 * Ends the retention period of closed referrals at night: pseudonymised for statistics when the client consented,
 * erased otherwise.
 */
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
        // Counts only: the log names no client.
        ClientRecordsService.Retention done = records.pseudonymiseClosed();
        LOG.infof("Retention: %d closed referrals pseudonymised, %d erased", done.pseudonymised(), done.erased());
    }
}
