package fi.silta.referrals;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.silta.audit.AuditEntry;
import fi.silta.audit.AuditLog;
import fi.silta.audit.AuditLog.Trail;
import fi.silta.common.problem.ProblemException;
import fi.silta.security.CurrentUser;

/**
 * What a feature that sends a helper with a referred client (helping hands) may reach of the referral, and nothing
 * more: that the caller works the case and where the client lives, the client's first name for a confirmed helper
 * when the client consented to helpers, and the record that a helper went. Each reach of client data is written to
 * the access log. The referral never learns of tasks: the dependency points from the other feature to this one.
 */
@ApplicationScoped
public class Accompaniments {

    /** Why a helper reaches a client's first name: the access log's purpose. */
    static final String HELPER_PURPOSE = "accompaniment to an activity";

    /** A case an accompaniment task is posted for: its id and the client's municipality, no client data. */
    public record AccompaniedCase(long referralId, String municipality, String county) {
    }

    private final ReferralAccess access;
    private final ReferralRepository referrals;
    private final AuditLog log;
    private final CurrentUser user;

    Accompaniments(ReferralAccess access, ReferralRepository referrals, AuditLog log, CurrentUser user) {
        this.access = access;
        this.referrals = referrals;
        this.log = log;
        this.user = user;
    }

    /**
     * The case, if the caller works it (the assigned link-person) and it is open; 403 written to the access log
     * otherwise.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AccompaniedCase workedByCaller(long referralId, String action) {
        Referral referral = access.readable(referralId, action);
        access.require(access.isTarget(referral), referral, action);
        if (referral.status().terminal()) {
            throw ProblemException.conflict("A closed case takes no accompaniment");
        }
        access.logged(referralId, action);
        return new AccompaniedCase(referralId, referral.municipality().code(), referral.county().code());
    }

    /**
     * The client's first name for the calling helper, whose part the caller has checked is confirmed; empty when
     * the client did not consent to helpers or the case is closed. Every name given is written to the access log
     * with the task it was given for.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> firstNameForHelper(long referralId, long taskId, String role) {
        Referral referral = referrals.findByIdOptional(referralId).orElse(null);
        if (referral == null || referral.status().terminal() || !referral.consented(ConsentRecipient.HELPER)
                || referral.client() == null) {
            return Optional.empty();
        }
        log.record(Trail.CLIENT_DATA, AuditEntry.of(user.username(), role, "helper-view", "referral", referralId)
                .purpose(HELPER_PURPOSE).details("task " + taskId));
        return Optional.ofNullable(referral.client().firstName());
    }

    /** Records in the case's history that the helper (by user name) went with the client; by whoever works it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void accompanied(long referralId, String helperUsername) {
        Referral referral = access.readable(referralId, "accompanied");
        access.require(access.isTarget(referral), referral, "accompanied");
        access.recordEvent(referral, EventKind.ACCOMPANIED, referral.status(), referral.status(),
                CaseStep.ACCOMPANIED_VISIT_PLANNED, null, helperUsername);
        access.logged(referralId, "accompanied");
    }
}
