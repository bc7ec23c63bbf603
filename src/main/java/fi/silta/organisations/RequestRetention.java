package fi.silta.organisations;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** At night, closes requests to join left undecided too long, and clears old requests' contact details. */
@ApplicationScoped
class RequestRetention {

    private static final Logger LOG = Logger.getLogger(RequestRetention.class);

    private final OrganisationAdminService organisations;

    RequestRetention(OrganisationAdminService organisations) {
        this.organisations = organisations;
    }

    @Scheduled(cron = "{silta.organisations.retention-cron:0 50 2 * * ?}", identity = "join-request-retention", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        // Counts only: the log names no one.
        OrganisationAdminService.Retention done = organisations.expireRequests();
        LOG.infof("Requests to join: %d expired, %d cleared of contact details", done.expired(), done.cleared());
    }
}
