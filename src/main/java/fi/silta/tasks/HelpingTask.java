package fi.silta.tasks;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A short helping task: what, when, where, in which languages, how many helpers, paid or voluntary. Posted by a
 * host of an organisation, or by a link-person for a referred client ("go with the client to this session"); the
 * latter names the referral, whose client data stays in the referrals feature.
 */
@Entity
@Table(name = "helping_task")
public class HelpingTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private TaskKind kind;
    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "duration_minutes")
    private int durationMinutes;
    @Column(name = "municipality_code")
    private String municipality;
    @Column(name = "meeting_point")
    private String meetingPoint;
    @Column(name = "helpers_needed")
    private int helpersNeeded;
    private boolean paid;
    private String notes;
    @Column(name = "host_organisation_id")
    private Long hostOrganisationId;
    @Column(name = "referral_id")
    private Long referralId;
    @Column(name = "trust_approved")
    private boolean trustApproved;
    @Enumerated(EnumType.STRING)
    private TaskStatus status = TaskStatus.OPEN;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @Column(name = "posted_by")
    private String postedBy;
    @Column(name = "posted_by_email")
    private String postedByEmail;
    @Column(name = "posted_at")
    private Instant postedAt;
    @Column(name = "filled_at")
    private Instant filledAt;
    @Column(name = "done_at")
    private Instant doneAt;
    @Column(name = "reminded_at")
    private Instant remindedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "helping_task_language", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "language")
    private Set<String> languages = new LinkedHashSet<>();

    @Version
    private long version;

    protected HelpingTask() {
    }

    HelpingTask(Long hostOrganisationId, Long referralId, String postedBy, String postedByEmail, Instant at) {
        this.hostOrganisationId = hostOrganisationId;
        this.referralId = referralId;
        this.postedBy = postedBy;
        this.postedByEmail = postedByEmail;
        this.postedAt = at;
    }

    void describe(TaskKind kind, Instant startsAt, int durationMinutes, String municipality, String meetingPoint,
            Set<String> languages, int helpersNeeded, boolean paid, String notes, boolean trustApproved) {
        this.kind = kind;
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.municipality = municipality;
        this.meetingPoint = meetingPoint;
        this.languages.clear();
        this.languages.addAll(languages);
        this.helpersNeeded = helpersNeeded;
        this.paid = paid;
        this.notes = notes;
        this.trustApproved = trustApproved;
    }

    /** Follows the number of helpers still holding a place: filled when there are enough, open again when not. */
    void helpersHolding(long confirmed, Instant at) {
        if (status.closed()) {
            return;
        }
        if (confirmed >= helpersNeeded && status == TaskStatus.OPEN) {
            status = TaskStatus.FILLED;
            filledAt = at;
        } else if (confirmed < helpersNeeded && status == TaskStatus.FILLED) {
            status = TaskStatus.OPEN;
            filledAt = null;
        }
    }

    void cancel(String reason) {
        status = TaskStatus.CANCELLED;
        cancelReason = reason;
    }

    void done(Instant at) {
        status = TaskStatus.DONE;
        doneAt = at;
    }

    void reminded(Instant at) {
        remindedAt = at;
    }

    public Long id() {
        return id;
    }

    public TaskKind kind() {
        return kind;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public String municipality() {
        return municipality;
    }

    public String meetingPoint() {
        return meetingPoint;
    }

    public int helpersNeeded() {
        return helpersNeeded;
    }

    public boolean paid() {
        return paid;
    }

    public String notes() {
        return notes;
    }

    public Long hostOrganisationId() {
        return hostOrganisationId;
    }

    public Long referralId() {
        return referralId;
    }

    public boolean trustApproved() {
        return trustApproved;
    }

    public TaskStatus status() {
        return status;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public String postedBy() {
        return postedBy;
    }

    public String postedByEmail() {
        return postedByEmail;
    }

    public Instant postedAt() {
        return postedAt;
    }

    public Instant filledAt() {
        return filledAt;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public Set<String> languages() {
        return languages;
    }

    public long version() {
        return version;
    }
}
