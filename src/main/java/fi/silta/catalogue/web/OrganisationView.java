package fi.silta.catalogue.web;

import java.util.List;

/** An organisation's public page: who it is, where it works, how to reach it, and its upcoming activities. */
record OrganisationView(String name, String type, List<String> municipalities, String email, String phone,
        String website, List<Upcoming> activities, String description, String descriptionLanguage, String address) {

    /** An upcoming activity with its next session written out (null when ongoing) and its place (null online). */
    record Upcoming(String href, String title, String next, String place) {
    }
}
