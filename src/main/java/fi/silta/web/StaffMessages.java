package fi.silta.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every visible string of the staff pages (sign-in, publishing, freshness). Texts live in
 * {@code messages/staff_fi.properties} (the default), {@code staff_sv} and {@code staff_en};
 * {@code MessageBundleTest} fails when a language lacks one.
 */
@MessageBundle(value = "staff", locale = "fi")
public interface StaffMessages {

    String nav_home();

    String nav_organisations();

    String nav_admin();

    String home_title();

    String home_roles();

    String home_no_role();

    String home_organisations();

    String home_no_organisations();

    String home_search_catalogue();

    String role_nurse();

    String role_link_person();

    String role_coordinator();

    String role_publisher();

    String role_admin();
}
