package fi.silta.catalogue.api;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An organisation's public page: who it is, where it works, and its published upcoming activities; what it is
 * about (in the page's language, else another, named by {@code descriptionLanguage}) and its postal address
 * (street, postal code and municipality), each null when not given.
 */
public record OrganisationProfile(long id, String name, String type, List<String> municipalities, String email,
        String phone, String website, List<ActivityLink> activities, String description, String descriptionLanguage,
        String address) {

    /** One upcoming activity: its next session (null for an ongoing one) and its place (null online). */
    public record ActivityLink(long id, String title, OffsetDateTime nextStart, OffsetDateTime nextEnd, String place) {
    }
}
