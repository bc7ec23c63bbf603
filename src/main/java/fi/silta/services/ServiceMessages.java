package fi.silta.services;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of services: their pages and how a service is got, also in API answers (so the bundle sits beside the
 * services rather than in their web package). Texts in {@code messages/services_{fi,sv,en}.properties}.
 */
@MessageBundle(value = "services", locale = "fi")
public interface ServiceMessages {

    @Message
    String access(AccessMethod access);

    String service_eligibility();

    String service_how_to_get();

    String service_cost();

    String service_free();

    String service_opening_hours();

    String service_area();

    String service_locations();

    String service_languages();

    String service_contact();

    String service_organiser();

    String service_more_info();

    String professional_heading();

    String professional_intro();

    String professional_how_to_refer();

    String professional_contact();

    String professional_waiting_time();

    String professional_notes();

    String professional_organisation();

    String professional_none();
}
