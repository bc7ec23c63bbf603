package fi.silta.resources;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the resource bank: topics and audiences in API answers, and its pages. Texts in
 * {@code messages/resources_{fi,sv,en}.properties}.
 */
@MessageBundle(value = "resources", locale = "fi")
public interface ResourceMessages {

    @Message
    String topic(ResourceTopic topic);

    @Message
    String audience(ResourceAudience audience);

    @Message
    String status(ResourceStatus status);

    String keeper_county();

    String nav_resources();

    String home_heading();

    String home_search();

    String home_add();

    String home_none();

    String bank_title();

    String bank_intro();

    String bank_staff_intro();

    String bank_found(int total);

    String bank_none();

    String bank_kept_by(String keeper);

    String bank_open_link();

    String bank_download(int kilobytes);

    String bank_paging();

    String search_label();

    String search_topic();

    String search_any_topic();

    String search_audience();

    String search_any_audience();

    String search_submit();

    String staff_add();

    String staff_kept_heading();

    String staff_kept_none();

    String staff_edit();

    String staff_column_title();

    String staff_column_status();

    String staff_column_audience();

    String form_new_title();

    String form_edit_title();

    String form_keeper();

    String form_title_fi();

    String form_title_sv();

    String form_title_en();

    String form_description_fi();

    String form_description_sv();

    String form_description_en();

    String form_topic();

    String form_audience();

    String form_url();

    String form_url_hint();

    String form_document();

    String form_document_hint(long megabytes);

    String form_current_document(String name);

    String form_status(String status);

    String form_save();

    String form_publish();

    String form_archive();

    String error_title_required();

    String error_link_or_document();

    String error_not_both();

    String error_url_https();

    String error_document_not_pdf();

    String error_document_empty();

    String error_document_too_large(long megabytes);

    String error_conflict();

    String error_keeper();
}
