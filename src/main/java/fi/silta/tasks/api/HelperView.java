package fi.silta.tasks.api;

import java.time.LocalDate;
import java.util.List;

import fi.silta.tasks.HelperStatus;

/** A helper as their vetting organisation and they themselves see them. */
public record HelperView(long id, String username, String firstName, LocalDate birthDate, String email,
        long organisationId, List<String> municipalities, List<String> languages, String skills, String availability,
        boolean minor, boolean guardianConsent, HelperStatus status, LocalDate approvedUntil, boolean approved,
        String withdrawnReason) {
}
