package fi.silta.referrals.api;

import java.time.Instant;
import java.util.List;

/** Everything Silta holds on one client: their referrals with contacts and history, and who accessed them. */
public record ClientRecords(List<Held> referrals, List<Access> accessLog) {

    public record Held(ReferralView referral, List<ContactView> contacts) {
    }

    public record Access(Instant at, String actor, String role, Long referralId, String action, String purpose,
            String outcome) {
    }
}
