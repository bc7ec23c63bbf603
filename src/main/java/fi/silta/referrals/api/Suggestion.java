package fi.silta.referrals.api;

/**
 * A link-person who could take a case, best first: covering the client's municipality, speaking their
 * language, with room in their caseload.
 */
public record Suggestion(String username, String displayName, boolean coversMunicipality, boolean speaksLanguage,
        long openCases, int capacity) {
}
