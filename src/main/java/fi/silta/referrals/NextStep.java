package fi.silta.referrals;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The next step planned for a case: which step, by when, planned by whom. */
@Entity
@Table(name = "referral_next_step")
public class NextStep {

    @Id
    @Column(name = "referral_id")
    private Long referralId;

    @Enumerated(EnumType.STRING)
    private CaseStep step;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "planned_by")
    private String plannedBy;

    @Column(name = "planned_at")
    private Instant plannedAt;

    protected NextStep() {
    }

    NextStep(long referralId) {
        this.referralId = referralId;
    }

    void plan(CaseStep next, LocalDate due, String by, Instant at) {
        this.step = next;
        this.dueOn = due;
        this.plannedBy = by;
        this.plannedAt = at;
    }

    public CaseStep step() {
        return step;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String plannedBy() {
        return plannedBy;
    }

    public Instant plannedAt() {
        return plannedAt;
    }
}
