package fi.silta.referrals;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/**
 * Writes the access log of client data. An allowed access is logged in the transaction that reads or
 * writes, so the log and the data agree; a refused one in a transaction of its own, so it stays although
 * the request fails.
 */
@ApplicationScoped
public class ClientAccessLog implements PanacheRepository<ClientAccess> {

    private final Clock clock;

    ClientAccessLog(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void allowed(String actor, String role, Long referralId, String action, String purpose) {
        persist(new ClientAccess(clock.instant(), actor, role, referralId, action, purpose, true));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void denied(String actor, String role, Long referralId, String action, String purpose) {
        persist(new ClientAccess(clock.instant(), actor, role, referralId, action, purpose, false));
    }

    /** Every access to one referral, oldest first: what an admin exports for a client. */
    @Transactional
    public List<ClientAccess> ofReferral(long referralId) {
        return list("referralId = ?1 order by occurredAt, id", referralId);
    }
}
