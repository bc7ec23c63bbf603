package fi.silta.web;

import java.time.OffsetDateTime;

import fi.silta.catalogue.web.ActivityPreview;
import fi.silta.common.Language;

/**
 * What is left here of the public pages' view helpers (the views moved with the pages into their features): how a
 * session is written, until the publisher's pages move into their feature and take {@link ActivityPreview} itself.
 */
final class Views {

    private Views() {
    }

    /** "ti 24.11. klo 10.00–11.00", "tis 24.11. kl. 10.00–11.00", "Tue 24 Nov, 10:00–11:00". */
    static String session(OffsetDateTime start, OffsetDateTime end, Language language) {
        return ActivityPreview.when(start, end, language);
    }
}
