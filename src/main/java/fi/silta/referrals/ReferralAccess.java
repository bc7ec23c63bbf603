package fi.silta.referrals;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.ForbiddenException;

import fi.silta.audit.AuditEntry;
import fi.silta.audit.AuditLog;
import fi.silta.audit.AuditLog.Trail;
import fi.silta.security.CurrentUser;
import fi.silta.security.Role;

/**
 * Who may do what with a referral, decided here and nowhere else, and the record of it. A referral is seen by the
 * nurse who wrote it (its requester), the link-person it is assigned to and, once it is sent to the link-person
 * service (not a draft, a link-person asked for, the client's consent to one), the coordinators of its county;
 * nobody else. Its contact log is read by the requester, the assigned link-person and the coordinator who assigned
 * the case. Its target, who works it, is the assigned link-person, or the nurse when it asks for no link-person.
 * Every read and write of client data is written to the access log, and every refusal too, in a transaction of
 * its own so that it stays although the request fails.
 */
@ApplicationScoped
class ReferralAccess {

    /** Why client data is reached in the referral's work: the access log's purpose. */
    static final String PURPOSE = "wellbeing referral";

    private final ReferralRepository referrals;
    private final AuditLog log;
    private final CurrentUser user;
    private final Clock clock;
    private final UserCounties counties;
    private final StaffNames names;

    ReferralAccess(ReferralRepository referrals, AuditLog log, CurrentUser user, Clock clock, UserCounties counties,
            StaffNames names) {
        this.counties = counties;
        this.names = names;
        this.referrals = referrals;
        this.log = log;
        this.user = user;
        this.clock = clock;
    }

    /**
     * The referral, if this user may see it; 403, written to the access log, when they may not. A referral that
     * does not exist answers the same, so that ids cannot be counted by trying them. Its history comes in the same
     * query, for the answer.
     */
    Referral readable(long id, String action) {
        Referral referral = referrals.findWithHistory(id).orElse(null);
        if (referral == null) {
            refuse(id, action);
        }
        require(mayRead(referral), referral, action);
        return referral;
    }

    /** Whether this user may see the referral at all: the one check every read goes through. */
    boolean mayRead(Referral referral) {
        return isRequester(referral) || isAssignee(referral) || isCoordinatorOf(referral);
    }

    /**
     * Whether this user may read the case's contact log: the nurse who wrote it, its link-person, and the
     * coordinator who gave it to them; other coordinators of the county see the case but not what the client told.
     */
    boolean mayReadContacts(Referral referral) {
        return isRequester(referral) || isAssignee(referral)
                || (isCoordinatorOf(referral) && user.username().equals(referral.assignedBy()));
    }

    /** How much of the client this user sees: contact details for those who work with the client. */
    ReferralMapper.Sight sight(Referral referral) {
        return isRequester(referral) || isAssignee(referral) ? ReferralMapper.Sight.CASE_WORK
                : ReferralMapper.Sight.COORDINATION;
    }

    /** Refuses, as 403 written to the access log, an action this user may not take on the referral. */
    void require(boolean allowed, Referral referral, String action) {
        if (!allowed) {
            refuse(referral.id(), action);
        }
    }

    private void refuse(long referralId, String action) {
        log.recordRefusal(Trail.CLIENT_DATA, entry(action, referralId).outcome(AuditEntry.Outcome.DENIED));
        throw new ForbiddenException("Not allowed for this referral");
    }

    /** The nurse who wrote the referral. */
    boolean isRequester(Referral referral) {
        return user.has(Role.NURSE) && user.username().equals(referral.nurse());
    }

    /** The link-person the case is assigned to. */
    boolean isAssignee(Referral referral) {
        return user.has(Role.LINK_PERSON) && user.username().equals(referral.assignedTo());
    }

    /** A coordinator of the referral's county, once the referral is sent to the link-person service. */
    boolean isCoordinatorOf(Referral referral) {
        return user.has(Role.COORDINATOR) && counties().contains(referral.county().code())
                && referral.sentToLinkPersonService();
    }

    /** Whoever works the case: records contacts and steps, accepts and closes it. */
    boolean isTarget(Referral referral) {
        return isAssignee(referral) || (!referral.linkPersonNeeded() && isRequester(referral));
    }

    /**
     * Whether this user may move the referral to {@code next}: the requester sends, cancels or marks an error;
     * the target accepts, works and closes; the coordinator rejects or cancels.
     */
    boolean mayMove(Referral referral, ReferralStatus next) {
        return switch (next) {
            case DRAFT -> false;
            case REQUESTED, ENTERED_IN_ERROR -> isRequester(referral);
            case ACCEPTED, IN_PROGRESS, ON_HOLD, COMPLETED, FAILED -> isTarget(referral);
            case REJECTED -> isTarget(referral) || isCoordinatorOf(referral);
            case CANCELLED -> isRequester(referral) || isCoordinatorOf(referral) || isTarget(referral);
        };
    }

    /** The counties this user works in: from their token (see {@link UserCounties}). */
    Set<String> counties() {
        return counties.counties();
    }

    /** Writes a successful reach of the referral's client data to the access log. */
    void logged(long referralId, String action) {
        log.record(Trail.CLIENT_DATA, entry(action, referralId));
    }

    /** Adds a status change, step or other event to the referral's history, in the name of this user. */
    void recordEvent(Referral referral, EventKind kind, ReferralStatus from, ReferralStatus to, CaseStep step,
            String reason, String detail) {
        referrals.record(new ReferralEvent(referral.id(), clock.instant(), user.username(), role(), from, to, step,
                reason, kind, detail));
        names.remember();
    }

    /** The role this user acts in, as the history and the access log name it. */
    String role() {
        for (String role : List.of(Role.COORDINATOR, Role.LINK_PERSON, Role.NURSE, Role.ADMIN, Role.PUBLISHER)) {
            if (user.has(role)) {
                return role;
            }
        }
        return "none";
    }

    private AuditEntry entry(String action, Long referralId) {
        return AuditEntry.of(user.username(), role(), action, "referral", referralId).purpose(PURPOSE);
    }
}
