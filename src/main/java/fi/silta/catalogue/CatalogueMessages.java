package fi.silta.catalogue;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import fi.silta.organisations.OrganisationType;

/**
 * The catalogue's words: the activity and organisation pages, and the labels of the codes residents filter and
 * read by (accessibility features, organiser types, cost). The labels also go into API answers, such as the
 * search's facets, so the bundle sits beside the catalogue's services rather than in its web package, whose
 * pages may not know another feature's types. Texts in {@code messages/catalogue_{fi,sv,en}.properties}.
 */
@MessageBundle(value = "catalogue", locale = "fi")
public interface CatalogueMessages {

    @Message
    String accessibility(AccessibilityFeature feature);

    @Message
    String organisationType(OrganisationType type);

    /** A free activity, as a filter value. */
    String cost_free();

    /** An activity with a fee, as a filter value. */
    String cost_paid();

    String activity_when();

    String activity_cancelled();

    String activity_where();

    String activity_map();

    String activity_address_hidden();

    String activity_accessibility();

    String activity_cost();

    String activity_age();

    String activity_languages();

    String activity_registration();

    String activity_registration_required();

    String activity_registration_none();

    String activity_contact();

    String activity_organiser();

    String activity_calendar();

    String activity_calendar_subscribe();

    String activity_print();

    String activity_easy_read();

    String activity_back();

    String activity_free();

    String activity_ongoing();

    String activity_online();

    String organisation_activities();

    String organisation_no_activities();

    String organisation_municipalities();

    /** How a session's day is written, a {@link java.time.format.DateTimeFormatter} pattern. */
    String session_day();

    /** How a session's start and end times are written, a {@link java.time.format.DateTimeFormatter} pattern. */
    String session_time();

    /** A session: "ti 24.11. klo 10.00–11.00". */
    String session_when(String day, String from, String to);

    /** A session with no place left for a new participant. */
    String activity_full();

    /** How many places a session has left. */
    String activity_places_left(int count);

    // Ages as people write them (search)
    String activity_age_from(int min);

    String activity_age_up_to(int max);

    String activity_age_range(int min, int max);
    // The activity page's further facts, the organisation page's details

    String activity_capacity();

    String activity_info();

    String activity_verified(String date);

    String date_pattern();

    String organisation_contact();

    String organisation_next(String when);

    // Plain language (selkokieli, lättläst)

    String easy_read_switch_on();

    String easy_read_switch_off();
    // The organisation's postal address on its public page

    String organisation_address();
}
