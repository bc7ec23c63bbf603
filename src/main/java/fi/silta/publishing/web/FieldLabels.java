package fi.silta.publishing.web;

/**
 * The label of a publisher's form field by its name in the form ({@code title.fi}, {@code capacity}), in the page's
 * language: what the error summary links read and what the history says was changed. Null for a name the forms do
 * not have, so nothing unknown is shown as a code.
 */
final class FieldLabels {

    private final PublishingMessages text;

    FieldLabels(PublishingMessages text) {
        this.text = text;
    }

    String label(String field) {
        int dot = field.indexOf('.');
        String name = dot < 0 ? field : field.substring(0, dot);
        String base = base(name);
        if (base == null || dot < 0) {
            return base;
        }
        String language = switch (field.substring(dot + 1)) {
            case "fi" -> text.in_finnish();
            case "sv" -> text.in_swedish();
            case "en" -> text.in_english();
            default -> null;
        };
        return language == null ? base : base + " (" + language + ")";
    }

    private String base(String name) {
        return switch (name) {
            case "title" -> text.field_title();
            case "summary" -> text.field_summary();
            case "description" -> text.field_description();
            case "placeId" -> text.field_place();
            case "onlineUrl" -> text.field_online_url();
            case "ongoing" -> text.field_ongoing();
            case "categories" -> text.field_categories();
            case "targetGroups" -> text.field_target_groups();
            case "ageMin" -> text.field_age_min();
            case "ageMax" -> text.field_age_max();
            case "languages" -> text.field_languages();
            case "free" -> text.field_free();
            case "price" -> text.field_price();
            case "registration" -> text.field_registration();
            case "registrationUrl" -> text.field_registration_url();
            case "registrationPhone" -> text.field_registration_phone();
            case "capacity" -> text.field_capacity();
            case "accessibility" -> text.field_accessibility();
            case "infoUrl" -> text.field_info_url();
            case "contactName" -> text.field_contact_name();
            case "contactEmail" -> text.field_contact_email();
            case "contactPhone" -> text.field_contact_phone();
            case "kind" -> text.field_kind();
            case "date" -> text.field_date();
            case "startTime" -> text.field_start_time();
            case "endTime" -> text.field_end_time();
            case "weekdays" -> text.field_weekdays();
            case "weekOfMonth" -> text.field_week_of_month();
            case "until" -> text.field_until();
            case "exceptions" -> text.field_exceptions();
            case "name" -> text.field_name();
            case "streetAddress" -> text.field_street_address();
            case "postalCode" -> text.field_postal_code();
            case "municipality" -> text.field_municipality();
            case "latitude" -> text.field_latitude();
            case "longitude" -> text.field_longitude();
            default -> null;
        };
    }
}
