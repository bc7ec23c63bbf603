package fi.silta.tasks;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One helper's part in one task, from their claim to done, cancelled or missed. */
@Entity
@Table(name = "task_claim")
public class TaskClaim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id")
    private long taskId;
    @Column(name = "helper_id")
    private long helperId;
    @Enumerated(EnumType.STRING)
    private ClaimStatus status;
    @Column(name = "claimed_at")
    private Instant claimedAt;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Column(name = "confirmed_by")
    private String confirmedBy;
    @Column(name = "done_at")
    private Instant doneAt;
    private BigDecimal hours;
    @Column(name = "cancelled_by")
    private String cancelledBy;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @Column(name = "host_feedback")
    private String hostFeedback;
    @Column(name = "helper_feedback")
    private String helperFeedback;

    @Version
    private long version;

    protected TaskClaim() {
    }

    TaskClaim(long taskId, long helperId, Instant at) {
        this.taskId = taskId;
        this.helperId = helperId;
        this.claimedAt = at;
        this.status = ClaimStatus.CLAIMED;
    }

    void confirm(String by, Instant at) {
        status = ClaimStatus.CONFIRMED;
        confirmedBy = by;
        confirmedAt = at;
    }

    void cancel(String by, String reason) {
        status = ClaimStatus.CANCELLED;
        cancelledBy = by;
        cancelReason = reason;
    }

    void noShow() {
        status = ClaimStatus.NO_SHOW;
    }

    void done(BigDecimal worked, String feedback, Instant at) {
        status = ClaimStatus.DONE;
        hours = worked;
        hostFeedback = feedback;
        doneAt = at;
    }

    void helperFeedback(String feedback) {
        helperFeedback = feedback;
    }

    public Long id() {
        return id;
    }

    public long taskId() {
        return taskId;
    }

    public long helperId() {
        return helperId;
    }

    public ClaimStatus status() {
        return status;
    }

    public Instant claimedAt() {
        return claimedAt;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public BigDecimal hours() {
        return hours;
    }

    public String cancelledBy() {
        return cancelledBy;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public String hostFeedback() {
        return hostFeedback;
    }

    public String helperFeedback() {
        return helperFeedback;
    }
}
