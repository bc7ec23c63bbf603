package fi.silta.referrals.api;

import java.util.List;

/** A link-person with their open caseload. */
public record LinkPersonView(String username, String displayName, String email, int capacity, boolean active,
        List<String> municipalities, List<String> languages, long openCases) {
}
