package fi.silta.referrals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/**
 * Referrals with their history and contact log, which live in tables of their own. A referral read with
 * {@link #findWithHistory} or written with {@link #persistNew} keeps its history for the rest of the transaction,
 * with the events the transaction adds, so that the answer to a change does not query the history back.
 */
@ApplicationScoped
public class ReferralRepository implements PanacheRepository<Referral> {

    /** The order of a history, as the database gives it. */
    private static final Comparator<ReferralEvent> CHRONOLOGICAL = Comparator.comparing(ReferralEvent::occurredAt)
            .thenComparing(ReferralEvent::id);

    /** A referral's history kept for the transaction, under this key. */
    private record History(long referralId) {
    }

    private final TransactionSynchronizationRegistry transactions;

    ReferralRepository(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

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

    /** The referral and its history, in one query; the history is kept for the rest of the transaction. */
    public Optional<Referral> findWithHistory(long id) {
        List<Object[]> rows = getEntityManager().createQuery("select r, e from Referral r"
                + " left join ReferralEvent e on e.referralId = r.id where r.id = :id order by e.occurredAt, e.id",
                Object[].class).setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        keep(id, rows.stream().map(row -> (ReferralEvent) row[1]).filter(Objects::nonNull)
                .collect(ArrayList::new, ArrayList::add, ArrayList::addAll));
        return Optional.of((Referral) rows.get(0)[0]);
    }

    /** A referral written now: stored, with a history (empty until events are recorded) kept for the transaction. */
    public void persistNew(Referral referral) {
        persist(referral);
        flush();
        keep(referral.id(), new ArrayList<>());
    }

    /** The referral's history, oldest first: as kept for this transaction, else from the database. */
    public List<ReferralEvent> events(long referralId) {
        List<ReferralEvent> kept = kept(referralId);
        if (kept != null) {
            return kept.stream().sorted(CHRONOLOGICAL).toList();
        }
        return getEntityManager()
                .createQuery("from ReferralEvent e where e.referralId = :id order by e.occurredAt, e.id",
                        ReferralEvent.class)
                .setParameter("id", referralId).getResultList();
    }

    public void record(ReferralEvent event) {
        getEntityManager().persist(event);
        List<ReferralEvent> kept = kept(event.referralId());
        if (kept != null) {
            kept.add(event);
        }
    }

    private void keep(long referralId, List<ReferralEvent> events) {
        if (transactions.getTransactionKey() != null) {
            transactions.putResource(new History(referralId), events);
        }
    }

    @SuppressWarnings("unchecked")
    private List<ReferralEvent> kept(Long referralId) {
        if (referralId == null || transactions.getTransactionKey() == null) {
            return null;
        }
        return (List<ReferralEvent>) transactions.getResource(new History(referralId));
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
