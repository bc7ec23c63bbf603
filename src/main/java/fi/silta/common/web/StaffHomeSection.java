package fi.silta.common.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import fi.silta.common.Language;

/**
 * One section of the staff home page, contributed by the feature whose work it shows (a CDI bean): what waits
 * for a user in the roles that feature serves. The home page asks each section, so it needs to know no feature.
 */
public interface StaffHomeSection {

    /** What a section shows: a heading, links to the work, and what to say when there is none. */
    record Content(String heading, List<Link> links, String whenEmpty) {
    }

    /** Where the section sits on the page, smallest first. */
    int order();

    /** The section for a user with these roles, in this language, or empty when the roles do not reach it. */
    Optional<Content> content(Set<String> roles, Language language);
}
