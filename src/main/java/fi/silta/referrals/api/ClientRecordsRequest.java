package fi.silta.referrals.api;

/**
 * Whose data an admin asks for: by personal identity code (sent in the body, never in an address) or by a
 * referral of the client. The reason is recorded in the access log.
 */
public record ClientRecordsRequest(String identityCode, Long referralId, String reason) {

    @Override
    public String toString() {
        return "ClientRecordsRequest[hidden]";
    }
}
