package fi.silta.catalogue.web;

import java.util.List;

/** An activity as its public page reads it: texts in the page's language, sessions written out. */
record ActivityView(long id, String title, String summary, List<String> description, String easyRead,
        List<Session> sessions, String placeName, String address, boolean addressHidden, String mapHref,
        List<String> accessibility, String cost, String age, List<String> languages, boolean registrationRequired,
        String registrationUrl, String registrationPhone, String contactName, String contactEmail,
        String contactPhone, long organisationId, String organisationName, String calendarHref, String printHref,
        boolean online, String onlineUrl, List<String> categories, Integer capacity, String infoUrl,
        String verified) {

    record Session(String when, boolean cancelled, Integer placesLeft) {
    }
}
