package fi.silta.common.web;

import java.util.Optional;
import java.util.Set;

import fi.silta.common.Language;

/**
 * One entry of the staff navigation, contributed by the feature that owns the pages (a CDI bean). The shared
 * chrome asks each entry whether the signed-in user's roles reach it, so no feature needs to know the others.
 */
public interface StaffNavigation {

    /** Where the entry sits in the navigation, smallest first. */
    int order();

    /**
     * The link for a user with these roles, in this language, or empty when the roles do not reach these pages.
     *
     * @param path the path of the page being shown, to mark the current entry
     */
    Optional<Link> link(Set<String> roles, Language language, String path);
}
