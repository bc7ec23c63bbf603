package fi.silta.catalogue;

import java.time.Instant;
import java.time.LocalTime;

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

import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import fi.silta.search.TimeOfDay;

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

    @GenericField(sortable = Sortable.YES)
    @Column(name = "starts_at")
    private Instant startsAt;

    @GenericField
    @Column(name = "ends_at")
    private Instant endsAt;

    @GenericField
    private boolean cancelled;

    /** The weekday the session starts on, in its own time zone, for "on Tuesdays". */
    @KeywordField(name = "weekday")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "startsAt")))
    public String getWeekday() {
        return startsAt.atZone(schedule.zone()).getDayOfWeek().name();
    }

    /** The part of the day the session starts in, for "in the evening". */
    @KeywordField(name = "timeOfDay")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "startsAt")))
    public String getTimeOfDay() {
        LocalTime start = startsAt.atZone(schedule.zone()).toLocalTime();
        return TimeOfDay.ofMinuteOfDay(start.getHour() * 60 + start.getMinute()).name();
    }

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
}
