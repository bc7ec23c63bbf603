package fi.silta.referrals;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class ReferralRepository implements PanacheRepository<Referral> {

    public List<Referral> ofNurse(String nurse) {
        return list("nurse = ?1 order by createdAt desc, id desc", nurse);
    }

    public List<Referral> assignedTo(String linkPerson) {
        return list("assignedTo = ?1 order by updatedAt desc, id desc", linkPerson);
    }

    public List<Referral> ofCounties(Collection<String> counties) {
        return list("county.code in ?1 order by createdAt desc, id desc", counties);
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
}
