package fi.silta.referrals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;

import fi.silta.reference.County;
import fi.silta.reference.Municipality;

/**
 * A wellbeing referral (hyvinvointilähete) to activities and, when needed, a link-person; the status follows the
 * FHIR referral Task, the link-person's steps are its business status. Client data is encrypted at rest.
 */
@Entity
@DynamicUpdate // A move writes only what changed, without encrypting the client's data again.
@Table(name = "referral")
public class Referral {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_seq")
    @SequenceGenerator(name = "referral_seq", sequenceName = "referral_id_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ReferralStatus status;

    @Enumerated(EnumType.STRING)
    private CaseStep step;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @Embedded
    private Client client;

    @Column(name = "client_code_index")
    private String identityCodeIndex;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_code")
    private Municipality municipality;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_code")
    private County county;

    @Enumerated(EnumType.STRING)
    private ReferralContext context;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "referral_need", joinColumns = @JoinColumn(name = "referral_id"))
    @Column(name = "need")
    @Enumerated(EnumType.STRING)
    private Set<Need> needs = EnumSet.noneOf(Need.class);

    @Convert(converter = EncryptedText.Interests.class)
    private String interests;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "referral_activity", joinColumns = @JoinColumn(name = "referral_id"))
    @Column(name = "activity_id")
    private Set<Long> activityIds = new LinkedHashSet<>();

    @Column(name = "occurrence_id")
    private Long occurrenceId;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "referral_consent", joinColumns = @JoinColumn(name = "referral_id"))
    private List<Consent> consents = new ArrayList<>();

    @Column(name = "link_person_needed")
    private boolean linkPersonNeeded;

    @Convert(converter = EncryptedText.LinkPersonReason.class)
    @Column(name = "link_person_reason")
    private String linkPersonReason;

    @Enumerated(EnumType.STRING)
    private Urgency urgency;

    private String nurse;

    @Column(name = "nurse_email")
    private String nurseEmail;

    private String unit;

    @Column(name = "assigned_to")
    private String assignedTo;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "assigned_by")
    private String assignedBy;

    @Column(name = "last_contact_at")
    private Instant lastContactAt;

    @Column(name = "follow_up_on")
    private LocalDate followUpOn;

    private boolean pseudonymised;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected Referral() {
    }

    /** A referral written by a nurse; it starts as a draft or, when sent at once, as requested. */
    public Referral(String nurse, String unit, Client client, Municipality municipality, ReferralContext context,
            Set<Need> needs, String interests, boolean linkPersonNeeded, String linkPersonReason, Urgency urgency,
            boolean send, Instant now) {
        this.nurse = nurse;
        this.unit = unit;
        this.client = client;
        this.municipality = municipality;
        this.county = municipality.county();
        this.context = context;
        this.needs.addAll(needs);
        this.interests = interests;
        this.linkPersonNeeded = linkPersonNeeded;
        this.linkPersonReason = linkPersonReason;
        this.urgency = urgency;
        this.status = send ? ReferralStatus.REQUESTED : ReferralStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The keyed hash of the identity code, computed by the service that holds the key. */
    public void indexIdentityCode(String index) {
        this.identityCodeIndex = client.identityCode() == null ? null : index;
    }

    public void notifyNurseAt(String email) {
        this.nurseEmail = email;
    }

    public void suggest(Set<Long> activities, Long occurrence) {
        activityIds.clear();
        activityIds.addAll(activities);
        this.occurrenceId = occurrence;
    }

    public void recordConsent(ConsentRecipient recipient, boolean given, Instant at, String by) {
        consents.removeIf(c -> c.recipient() == recipient);
        consents.add(new Consent(recipient, given, at, by));
    }

    /** Whether the client gave their consent to the recipient. */
    public boolean consented(ConsentRecipient recipient) {
        return consents.stream().anyMatch(c -> c.recipient() == recipient && c.given());
    }

    /** Sent, asking for a link-person, with the client's consent to one: only these reach coordinators. */
    public boolean sentToLinkPersonService() {
        return status != ReferralStatus.DRAFT && linkPersonNeeded && consented(ConsentRecipient.LINK_PERSON);
    }

    /** A correction after sending, checked and recorded by {@link ReferralCorrection}. */
    void correct(ReferralCorrection.Corrected c, Instant at) {
        client = c.client();
        needs.retainAll(c.needs());
        needs.addAll(c.needs());
        interests = c.interests();
        linkPersonNeeded = c.linkPersonNeeded();
        linkPersonReason = c.linkPersonReason();
        urgency = c.urgency();
        unit = c.unit();
        followUpOn = c.followUpOn();
        updatedAt = at;
    }

    public void planFollowUp(LocalDate date) {
        this.followUpOn = date;
    }

    /**
     * Moves to the next status if the FHIR state diagram allows it (else IllegalStateException); closing statuses
     * need an outcome that fits them (else IllegalArgumentException).
     */
    public ReferralStatus moveTo(ReferralStatus next, Outcome closingOutcome, Instant at) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("A " + status.code() + " referral cannot become " + next.code());
        }
        if (next.needsOutcome() && closingOutcome == null) {
            throw new IllegalArgumentException("Closing needs an outcome");
        }
        if (next == ReferralStatus.COMPLETED && closingOutcome != Outcome.ATTENDED) {
            throw new IllegalArgumentException("Only attendance completes a referral; other outcomes fail it");
        }
        if (next == ReferralStatus.FAILED && closingOutcome == Outcome.ATTENDED) {
            throw new IllegalArgumentException("An attended referral is completed, not failed");
        }
        ReferralStatus previous = status;
        status = next;
        // A closed referral marked as entered in error keeps the outcome its link-person recorded and the day it
        // closed, from which its retention period runs; history keeps the mark.
        if (next.terminal() && !previous.terminal()) {
            outcome = closingOutcome;
            closedAt = at;
        }
        updatedAt = at;
        return previous;
    }

    /** The coordinator gives the case to a link-person (again, when reassigning). */
    public void assignTo(String linkPerson, String coordinator, Instant at) {
        if (status.terminal() || status == ReferralStatus.DRAFT) {
            throw new IllegalStateException("A " + status.code() + " referral cannot be assigned");
        }
        if (!linkPersonNeeded) {
            throw new IllegalStateException("The referral does not ask for a link-person");
        }
        assignedTo = linkPerson;
        assignedAt = at;
        assignedBy = coordinator;
        updatedAt = at;
    }

    /** The client withdrew consent to a link-person: the case leaves the link-person who had it. */
    public void endAssignment(Instant at) {
        assignedTo = null;
        assignedAt = null;
        updatedAt = at;
    }

    /** The link-person gives an unaccepted case back to the coordinator's queue. */
    public void returnToQueue(Instant at) {
        if (status != ReferralStatus.REQUESTED) {
            throw new IllegalStateException("Only a case not yet accepted can be returned");
        }
        assignedTo = null;
        assignedAt = null;
        updatedAt = at;
    }

    /** A step of the link-person's work; the first contact starts the work (accepted becomes in progress). */
    public void reachStep(CaseStep reached, Instant at) {
        if (status != ReferralStatus.ACCEPTED && status != ReferralStatus.IN_PROGRESS
                && status != ReferralStatus.ON_HOLD) {
            throw new IllegalStateException("Steps are recorded on accepted cases only");
        }
        if (status == ReferralStatus.ACCEPTED || status == ReferralStatus.ON_HOLD) {
            status = ReferralStatus.IN_PROGRESS;
        }
        step = reached;
        updatedAt = at;
    }

    /** A contact with the client; open cases only (a draft has no one working it yet). */
    public void contacted(Instant at) {
        if (status.terminal() || status == ReferralStatus.DRAFT) {
            throw new IllegalStateException("A " + status.code() + " referral takes no contacts");
        }
        lastContactAt = at;
        updatedAt = at;
    }

    /** The step the work should reach next, or none once the case is closed or followed up. */
    public CaseStep nextStep() {
        if (status.terminal()) {
            return null;
        }
        if (step == null) {
            return CaseStep.FIRST_CONTACT;
        }
        return switch (step) {
            case FIRST_CONTACT -> CaseStep.ACTIVITY_AGREED;
            case ACTIVITY_AGREED, ACCOMPANIED_VISIT_PLANNED -> CaseStep.ATTENDED;
            case ATTENDED -> CaseStep.FOLLOW_UP_DONE;
            case FOLLOW_UP_DONE -> null;
        };
    }

    /** When the open, assigned case's next milestone (first contact, then attendance) is due; null when none is. */
    public Instant milestoneDue(Duration firstContactWithin, Duration attendanceWithin) {
        if (assignedTo == null || assignedAt == null || status.terminal()) {
            return null;
        }
        if (lastContactAt == null) {
            return assignedAt.plus(firstContactWithin);
        }
        if (status != ReferralStatus.REQUESTED && step != CaseStep.ATTENDED && step != CaseStep.FOLLOW_UP_DONE) {
            return assignedAt.plus(attendanceWithin);
        }
        return null;
    }

    /** Retention: a closed referral keeps what statistics need and loses who the client is and what they told. */
    public void pseudonymise(Instant at) {
        if (!status.terminal()) {
            throw new IllegalStateException("Only closed referrals are pseudonymised");
        }
        client = client.pseudonymised();
        identityCodeIndex = null;
        interests = null;
        linkPersonReason = null;
        pseudonymised = true;
        updatedAt = at;
    }

    public Long id() {
        return id;
    }

    public ReferralStatus status() {
        return status;
    }

    public CaseStep step() {
        return step;
    }

    public Outcome outcome() {
        return outcome;
    }

    public Client client() {
        return client;
    }

    public Municipality municipality() {
        return municipality;
    }

    public County county() {
        return county;
    }

    public ReferralContext context() {
        return context;
    }

    public Set<Need> needs() {
        return needs;
    }

    public String interests() {
        return interests;
    }

    public Set<Long> activityIds() {
        return activityIds;
    }

    public Long occurrenceId() {
        return occurrenceId;
    }

    public List<Consent> consents() {
        return consents;
    }

    public boolean linkPersonNeeded() {
        return linkPersonNeeded;
    }

    public String linkPersonReason() {
        return linkPersonReason;
    }

    public Urgency urgency() {
        return urgency;
    }

    public String nurse() {
        return nurse;
    }

    public String nurseEmail() {
        return nurseEmail;
    }

    public String unit() {
        return unit;
    }

    public String assignedTo() {
        return assignedTo;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    /** The coordinator who last assigned the case. */
    public String assignedBy() {
        return assignedBy;
    }

    public Instant lastContactAt() {
        return lastContactAt;
    }

    public LocalDate followUpOn() {
        return followUpOn;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public long version() {
        return version;
    }
}
