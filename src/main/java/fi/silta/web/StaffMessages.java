package fi.silta.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * What is left of the staff pages' bundle once publishing took its strings into its own: the administration
 * entry of the staff navigation, which still reads its label here. Texts live in
 * {@code messages/staff_fi.properties} (the default), {@code staff_sv} and {@code staff_en}.
 */
@MessageBundle(value = "staff", locale = "fi")
public interface StaffMessages {

    String nav_admin();
}
