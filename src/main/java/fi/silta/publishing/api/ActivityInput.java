package fi.silta.publishing.api;

import java.util.List;

import fi.silta.catalogue.AccessibilityFeature;
import fi.silta.catalogue.Registration;

/**
 * What a publisher writes about an activity. Texts are per language (fi, sv, en); at least one title and,
 * before publishing, one summary are needed. Either a place of the organisation or an online link. The
 * version is the one the publisher started from: a save over someone else's newer save is refused.
 */
public record ActivityInput(Long version, Texts title, Texts summary, Texts description, Long placeId,
        String onlineUrl, boolean ongoing, List<String> categories, List<String> targetGroups, Integer ageMin,
        Integer ageMax, List<String> languages, boolean free, Texts price, Registration registration,
        String registrationUrl, String registrationPhone, Integer capacity, List<AccessibilityFeature> accessibility,
        String infoUrl, String contactName, String contactEmail, String contactPhone) {

    /** A text in Finnish, Swedish and English; any may be empty. */
    public record Texts(String fi, String sv, String en) {

        public static final Texts EMPTY = new Texts(null, null, null);
    }
}
