package fi.silta.referrals.api;

import java.time.Instant;
import java.util.Set;

import fi.silta.referrals.CaseStep;
import fi.silta.referrals.ReferralStatus;

/** An open case whose client may be falling off the path, with why: the flags its path raised. */
public record FallingOffCase(long id, String municipality, ReferralStatus status, CaseStep step, String assignedTo,
        int contacts, Instant lastActivityAt, long daysSinceLastActivity, int sessionsMissed, Set<Flag> flags) {

    public enum Flag {
        /** Contacted the set number of times without a first contact reached. */
        NOT_REACHED,
        /** A link-person gave the case back and nobody has it now. */
        RETURNED,
        /** Waiting in the coordinator's queue, unassigned, for the set days. */
        WAITING_UNASSIGNED,
        /** No step, contact or change for the set days. */
        NO_STEP,
        /** Did not come to the set number of sessions with a held place since the last one they came to. */
        SESSIONS_MISSED
    }
}
