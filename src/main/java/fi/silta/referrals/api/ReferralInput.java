package fi.silta.referrals.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A referral as the nurse writes it. Only the client's name, municipality and language are required: as
 * little personal data as the work needs. {@code send} false keeps it a draft.
 */
public record ReferralInput(ClientInput client, String municipality, String context, List<String> needs,
        String interests, List<ConsentInput> consents, List<Long> activityIds, Long occurrenceId,
        boolean linkPersonNeeded, String linkPersonReason, String urgency, String unit, Boolean send,
        LocalDate followUpOn) {

    public record ClientInput(String firstName, String lastName, String identityCode, Integer birthYear,
            String phone, String email, String language, boolean interpreterNeeded) {

        @Override
        public String toString() {
            return "ClientInput[hidden]";
        }
    }

    public record ConsentInput(String recipient, boolean given) {
    }

    @Override
    public String toString() {
        return "ReferralInput[hidden]";
    }
}
