package fi.silta.catalogue.web;

import java.util.List;

import fi.silta.common.web.Link;

/** An organisation's public page: who it is, where it works, and links to its upcoming activities. */
record OrganisationView(String name, String type, List<String> municipalities, String email, String phone,
        String website, List<Link> activities) {
}
