package fi.silta.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every visible string of the admin pages (import sources, organisation requests, memberships). Texts live in
 * {@code messages/admin_fi.properties} (the default), {@code admin_sv} and
 * {@code admin_en}; {@code MessageBundleTest} fails when a language lacks one.
 */
@MessageBundle(value = "admin", locale = "fi")
public interface AdminMessages {

    String home_title();

    String home_sources();

    String home_requests();

    String home_organisations();

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

    String status_running();

    String status_succeeded();

    String status_with_failures();

    String status_failed();

    String status_refused();

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

    String requests_title();

    String requests_none();

    String requests_decided();

    String request_received(String when);

    String request_contact();

    String request_message();

    String approve();

    String reject();

    String reject_reason();

    String request_conflict();

    String reason_too_long();

    String decision(String status, String who, String when);

    String organisations_title();

    String organisations_search();

    String search();

    String organisations_none();

    String verified();

    String unverified();

    String members_title();

    String members_help();

    String members_none();

    String member_remove();

    String member_add();

    String member_username();

    String username_invalid();

    String home_clients();
}
