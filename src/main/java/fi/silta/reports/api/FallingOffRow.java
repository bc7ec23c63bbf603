package fi.silta.reports.api;

import java.util.List;

/** A case falling off the path in words, as the coordinator's list shows it. */
public record FallingOffRow(long referralId, String municipality, String status, String assignedTo, int contacts,
        long daysSinceLastActivity, List<String> flags) {
}
