package fi.silta.search.web;

import java.time.DayOfWeek;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import fi.silta.search.TimeOfDay;

/**
 * The words of the public search page. Texts in {@code messages/search_{fi,sv,en}.properties}; the chrome around
 * the page comes from {@code msg}.
 */
@MessageBundle(value = "search", locale = "fi")
interface SearchMessages {

    /** The label of a field, or of a parameter the page only carries in its links. */
    @Message
    String field(SearchField field);

    /** What a valid value of the field looks like, shown beside it after a wrong one. */
    @Message
    String hint(SearchField field);

    @Message
    String weekday(DayOfWeek day);

    @Message
    String timeOfDay(TimeOfDay part);

    String search_title();

    /** The choice of what the page finds, its three options, and the services part of the results. */
    String kind_legend();

    String kind_all();

    String kind_activities();

    String kind_services();

    String services_heading();

    String services_count(long count);

    String services_none();

    String services_left_out();

    String services_show_without_filters();

    String services_filters_ignored();

    String services_show_all(long count);

    String services_unavailable();

    String service_access();

    String service_cost();

    String search_query_hint();

    String search_submit();

    String search_filters();

    /** Beside the closed filters: how many are in use, so a narrowed search never looks like the whole catalogue. */
    String search_filters_chosen(long count);

    /** Next to the search box: a link past the filters to the results, after their count. */
    String search_skip_to_results();

    String search_sort_relevance();

    String search_sort_soonest();

    String search_sort_distance();

    String search_any();

    String search_results();

    String search_result_count(long count);

    String search_no_results();

    /** The "for me" shortcuts next to the search box, and their links. */
    String search_for_me();

    String search_for_me_free();

    String search_for_me_this_week();

    String search_for_me_near();

    /** Before a respelled query that finds something, when the typed one found nothing. */
    String search_did_you_mean();

    /** In place of the results when a parameter was wrong: nothing was searched, so nothing was "not found". */
    String search_not_run();

    /** In place of the results when search cannot answer for now (the search engine or the database is away). */
    String search_unavailable();

    String search_calendar();

    String search_calendar_subscribe();

    String search_clear();

    String search_error_summary();

    String search_error_field(String detail);

    String search_free_true();

    String search_free_false();

    String page_previous();

    String page_next();

    String page_current(int page, int pages);

    String result_distance(String km);

    String result_free();

    String result_next();

    String result_ongoing();

    String result_online();

    /** How a session's day is written, a {@link java.time.format.DateTimeFormatter} pattern. */
    String session_day();

    /** How a session's start and end times are written, a {@link java.time.format.DateTimeFormatter} pattern. */
    String session_time();

    /** A session: "ti 24.11. klo 10.00–11.00". */
    String session_when(String day, String from, String to);

    // The activity search on a referral form (templates/tags/activityPicker.html and its fields)
    String picker_legend();

    String picker_words();

    String picker_postal_code();

    String picker_find();

    String picker_chosen();

    String picker_home();

    String picker_neighbours();

    String picker_online();

    String picker_none();

    // Plain language (selkokieli, lättläst)

    String search_easy_read_on();

    String search_easy_read_off();
}
