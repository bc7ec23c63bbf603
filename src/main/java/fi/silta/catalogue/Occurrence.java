package fi.silta.catalogue;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One concrete session of an activity, expanded from a schedule over a rolling window. A referral can
 * point at one, and it can be cancelled on its own without touching the series.
 */
@Entity
@Table(name = "occurrence")
public class Occurrence {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "occurrence_seq")
    @SequenceGenerator(name = "occurrence_seq", sequenceName = "occurrence_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "schedule_id")
    private Schedule schedule;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    private boolean cancelled;

    // Places of this session alone; null follows the activity's capacity.
    private Integer capacity;

    protected Occurrence() {
    }

    Occurrence(Activity activity, Schedule schedule, Interval interval) {
        this.activity = activity;
        this.schedule = schedule;
        this.startsAt = interval.start();
        this.endsAt = interval.end();
    }

    public void cancel() {
        this.cancelled = true;
    }

    public void restore() {
        this.cancelled = false;
    }

    void moveEnd(Instant end) {
        this.endsAt = end;
    }

    public Long id() {
        return id;
    }

    public Activity activity() {
        return activity;
    }

    public Schedule schedule() {
        return schedule;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public boolean cancelled() {
        return cancelled;
    }

    /** The places this session has: its own number, else the activity's; null when unlimited. */
    public Integer capacity() {
        return capacity != null ? capacity : activity.capacity();
    }

    /** Gives this session a number of places of its own (null: the activity's). */
    public void setCapacity(Integer places) {
        if (places != null && places < 1) {
            throw new IllegalArgumentException("A session holds at least one place");
        }
        this.capacity = places;
    }
}
