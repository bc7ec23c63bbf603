package fi.silta.referrals;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Referrals with their history and contact log, which live in tables of their own. */
@ApplicationScoped
public class ReferralRepository implements PanacheRepository<Referral> {

    /** The statuses of a case someone still works. */
    private static final List<ReferralStatus> OPEN = List.of(ReferralStatus.REQUESTED, ReferralStatus.ACCEPTED,
            ReferralStatus.IN_PROGRESS, ReferralStatus.ON_HOLD);

    public List<Referral> ofNurse(String nurse) {
        return list("nurse = ?1 order by createdAt desc, id desc", nurse);
    }

    public List<Referral> assignedTo(String linkPerson) {
        return list("assignedTo = ?1 order by updatedAt desc, id desc", linkPerson);
    }

    /**
     * The counties' referrals sent to the link-person service: sent, asking for a link-person (the client's consent
     * is checked on each, with the rest of the read check).
     */
    public List<Referral> sentToLinkPersonService(Collection<String> counties) {
        return list("county.code in ?1 and status <> ?2 and linkPersonNeeded = true order by createdAt desc, id desc",
                counties, ReferralStatus.DRAFT);
    }

    public List<ReferralEvent> events(long referralId) {
        return getEntityManager()
                .createQuery("from ReferralEvent e where e.referralId = :id order by e.occurredAt, e.id",
                        ReferralEvent.class)
                .setParameter("id", referralId).getResultList();
    }

    public void record(ReferralEvent event) {
        getEntityManager().persist(event);
    }

    public List<ReferralContact> contacts(long referralId) {
        return getEntityManager()
                .createQuery("from ReferralContact c where c.referralId = :id order by c.contactedOn, c.id",
                        ReferralContact.class)
                .setParameter("id", referralId).getResultList();
    }

    public void record(ReferralContact contact) {
        getEntityManager().persist(contact);
    }

    /** Open cases of the counties, assigned to someone: where overdue ones are looked for. */
    public List<Referral> openAssigned(Collection<String> counties) {
        return list("county.code in ?1 and assignedTo is not null and status in ?2 order by assignedAt", counties,
                OPEN);
    }

    /** How many open cases the link-person has. */
    public long openCasesOf(String linkPerson) {
        return count("assignedTo = ?1 and status in ?2", linkPerson, OPEN);
    }

    /** Closed before the given time and not yet pseudonymised. */
    public List<Referral> closedBefore(Instant before) {
        return list("closedAt < ?1 and pseudonymised = false", before);
    }

    public List<Referral> withIdentityCodeIndex(String index) {
        return list("identityCodeIndex = ?1 order by createdAt", index);
    }
}
