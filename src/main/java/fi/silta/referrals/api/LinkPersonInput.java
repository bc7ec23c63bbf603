package fi.silta.referrals.api;

import java.util.List;

/** A link-person's profile as a coordinator keeps it. */
public record LinkPersonInput(String displayName, String email, Integer capacity, Boolean active,
        List<String> municipalities, List<String> languages) {
}
