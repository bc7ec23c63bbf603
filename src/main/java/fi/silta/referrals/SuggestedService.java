package fi.silta.referrals;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * An ongoing service a referral suggests beside its activities: which service, named by whom and when. Kept apart
 * from {@link Referral}; it holds no client data.
 */
@Entity
@Table(name = "referral_service")
@IdClass(SuggestedService.Key.class)
public class SuggestedService {

    /** The referral and the service together name one suggestion. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long referralId;
        private Long serviceId;

        protected Key() {
        }

        Key(long referralId, long serviceId) {
            this.referralId = referralId;
            this.serviceId = serviceId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(referralId, key.referralId)
                    && Objects.equals(serviceId, key.serviceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(referralId, serviceId);
        }
    }

    @Id
    @Column(name = "referral_id")
    private Long referralId;

    @Id
    @Column(name = "service_id")
    private Long serviceId;

    @Column(name = "added_by")
    private String addedBy;

    @Column(name = "added_at")
    private Instant addedAt;

    protected SuggestedService() {
    }

    SuggestedService(long referralId, long serviceId, String addedBy, Instant addedAt) {
        this.referralId = referralId;
        this.serviceId = serviceId;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public long serviceId() {
        return serviceId;
    }

    public String addedBy() {
        return addedBy;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
