package fi.silta.referrals;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fi.silta.catalogue.api.SessionFacts;

/**
 * A place held for a referred client in one session. It keeps the session's time and activity, so that a session
 * the organiser moves or deletes is still known to the referral that planned it, and a check-in code that names
 * the place, never the client.
 */
@Entity
@Table(name = "held_place")
public class HeldPlace {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "held_place_seq")
    @SequenceGenerator(name = "held_place_seq", sequenceName = "held_place_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "referral_id")
    private long referralId;

    @Column(name = "activity_id")
    private long activityId;

    @Column(name = "organisation_id")
    private long organisationId;

    @Column(name = "occurrence_id")
    private Long occurrenceId;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    private PlaceStatus status;

    @Column(name = "held_until")
    private Instant heldUntil;

    @Column(name = "check_in_code")
    private String checkInCode;

    @Column(name = "check_in_until")
    private Instant checkInUntil;

    private boolean companion;
    private boolean interpreter;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "session_called_off_at")
    private Instant sessionCalledOffAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected HeldPlace() {
    }

    HeldPlace(long referralId, SessionFacts session, String checkInCode, Instant heldUntil, Instant checkInUntil,
            boolean interpreter, Instant now) {
        this.referralId = referralId;
        this.activityId = session.activityId();
        this.organisationId = session.organisationId();
        this.occurrenceId = session.id();
        this.startsAt = session.start();
        this.endsAt = session.end();
        this.status = PlaceStatus.HELD;
        this.heldUntil = heldUntil.isAfter(session.start()) ? session.start() : heldUntil;
        this.checkInCode = checkInCode;
        this.checkInUntil = checkInUntil;
        this.interpreter = interpreter;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The client agreed to come (with the link-person, when {@code accompanied}): held until the session. */
    void confirm(boolean accompanied, Instant now) {
        if (status.expected()) {
            status = PlaceStatus.CONFIRMED;
            heldUntil = startsAt;
            companion = companion || accompanied;
            updatedAt = now;
        }
    }

    /** Gives the place back; only a place the client is still expected in. */
    boolean release(PlaceStatus why, Instant now) {
        if (!status.expected()) {
            return false;
        }
        status = why;
        if (why == PlaceStatus.CALLED_OFF) {
            sessionCalledOffAt = now;
        }
        updatedAt = now;
        return true;
    }

    /** Whether an unconfirmed hold has run out. */
    boolean expiredAt(Instant now) {
        return status == PlaceStatus.HELD && !now.isBefore(heldUntil);
    }

    /** The organiser's word, or the client's check-in: whether the client came. */
    boolean recordAttendance(boolean attended, String by, Instant now) {
        if (!status.expected()) {
            return false;
        }
        status = attended ? PlaceStatus.ATTENDED : PlaceStatus.NOT_ATTENDED;
        confirmedBy = by;
        confirmedAt = now;
        updatedAt = now;
        return true;
    }

    /** Whether the check-in code may still be used: once, while the client is expected, until it expires. */
    boolean checkInOpenAt(Instant now) {
        return status.expected() && now.isBefore(checkInUntil);
    }

    void reminded(Instant now) {
        remindedAt = now;
    }

    public Long id() {
        return id;
    }

    public long referralId() {
        return referralId;
    }

    public long activityId() {
        return activityId;
    }

    public long organisationId() {
        return organisationId;
    }

    public Long occurrenceId() {
        return occurrenceId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public PlaceStatus status() {
        return status;
    }

    public Instant heldUntil() {
        return heldUntil;
    }

    public String checkInCode() {
        return checkInCode;
    }

    public Instant checkInUntil() {
        return checkInUntil;
    }

    public boolean companion() {
        return companion;
    }

    public boolean interpreter() {
        return interpreter;
    }

    public String confirmedBy() {
        return confirmedBy;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public Instant sessionCalledOffAt() {
        return sessionCalledOffAt;
    }

    public Instant remindedAt() {
        return remindedAt;
    }
}
