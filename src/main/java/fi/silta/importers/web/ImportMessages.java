package fi.silta.importers.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import fi.silta.importers.RunStatus;
import fi.silta.importers.SourceType;

/**
 * Every visible string of the admin pages for import sources and their runs. Texts live in
 * {@code messages/imports_fi.properties} (the default), {@code imports_sv} and {@code imports_en};
 * {@code MessageBundleTest} fails when a language lacks one.
 * <p>
 * The source types and run statuses have constants with underscores ({@code LINKED_EVENTS}), for which Qute's
 * generated enum messages would want keys such as {@code source_type_$ICS}, which the bundle test does not know;
 * their words are therefore written as a {@code {#when}} over the constants, in each language's file and, for
 * the default language, Finnish, here too, because Qute takes the default language's template from the
 * annotation when it has one.
 */
@MessageBundle(value = "imports", locale = "fi")
public interface ImportMessages {

    /** The kind of feed a source is, in words. */
    @Message("{#when type}{#is ICS}iCalendar-kalenteri{#is LINKED_EVENTS}Linked Events -rajapinta{#is HSDS}Palveluhakemisto (HSDS){#is CSV}CSV-taulukko{#is OSTERBOTTEN}Pohjanmaan tapahtumakalenteri (XML){#is ESPOO}Espoon sisältörajapinta (OpenNC){#is LIPPUPISTE}Lippupisteen tapahtumalista{#is PTV}Suomi.fi-palvelutietovaranto{/when}")
    String source_type(SourceType type);

    /** How a run went, in words. */
    @Message("{#when status}{#is RUNNING}käynnissä{#is SUCCEEDED}onnistui{#is COMPLETED_WITH_FAILURES}valmis, osa hylättiin{#is FAILED}epäonnistui{#is REFUSED}estetty: olisi arkistoinut liikaa{/when}")
    String run_status(RunStatus status);

    String interval_days(long days);

    String interval_hours(long hours);

    String interval_minutes(long minutes);

    String sources_title();

    String sources_none();

    String column_name();

    String column_type();

    String column_address();

    String column_enabled();

    String column_last_run();

    String column_activities();

    String yes();

    String no();

    String never_run();

    String run_counts(int created, int updated, int unchanged, int archived, int failed);

    String source_details(String type, String interval);

    String run_now();

    String run_force();

    String run_already_running();

    String runs_title();

    String runs_none();

    String column_started();

    String column_finished();

    String column_status();

    String column_counts();

    String latest_title();

    String progress(int processed);

    String refreshing();

    String failures_title();

    String column_origin();

    String column_reason();

    String column_excerpt();

    // What went wrong, in words; the shared feedback on the import pages

    @Message
    String record_problem(ImportWords.RecordProblem problem);

    @Message
    String run_problem(ImportWords.RunProblem problem);

    String technical_detail();

    // The staff home's failed imports.
    String home_failed_heading();

    String home_failed_count(long count);

    // Adding and changing sources.

    String source_add();

    String source_new_title();

    String source_new_hint();

    String source_edit_title();

    String source_create();

    String source_save();

    String field_name();

    String field_name_hint();

    String field_type();

    String field_url();

    String field_hours();

    String field_enabled();

    String source_error_name();

    String source_error_name_reserved();

    String source_error_name_taken();

    String source_error_url();

    String source_error_hours(int max);

    // The source list's filters.

    String sources_filter_title();

    String sources_filter_show();

    String sources_filter_search();

    String sources_show_all();

    String sources_show_enabled();

    String sources_show_disabled();

    String sources_show_failing();

    String sources_sort_name();

    String sources_sort_last_run();

    String sources_sort_activities();

    String sources_count(int total);

    String sources_paging();
}
