package fi.silta.publishing.api;

import java.time.Instant;
import java.util.List;

/**
 * An activity as residents will see it once published, in one language: what the publisher's preview shows.
 * A confidential address comes without street address and coordinates.
 */
public record ActivityPreview(long id, String title, String summary, String description, String easyRead,
        List<Session> sessions, Place place, boolean online, String onlineUrl, List<String> categories,
        Integer ageMin, Integer ageMax, boolean free, String price, boolean registrationRequired,
        String registrationUrl, String registrationPhone, String contactName, String contactEmail,
        String contactPhone, List<Accessibility> accessibility, List<String> languages, long organisationId,
        String organisationName) {

    public record Session(Instant startsAt, Instant endsAt, boolean cancelled) {
    }

    public record Place(String name, String streetAddress, String postalCode, String municipality,
            boolean addressConfidential, Double latitude, Double longitude) {
    }
}
