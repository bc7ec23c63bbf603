package fi.silta.search.web;

import java.util.Arrays;
import java.util.Optional;

/** The search parameters as the search page names them: its fields, and those it only carries in links. */
enum SearchField {
    Q("q"),
    MUNICIPALITY("municipality"),
    CATEGORY("category"),
    TARGET_GROUP("targetGroup"),
    LANGUAGE("language"),
    FREE("free"),
    ACCESSIBILITY("accessibility"),
    ORGANISATION_TYPE("organisationType"),
    WEEKDAY("weekday"),
    TIME_OF_DAY("timeOfDay"),
    FROM("from"),
    TO("to"),
    POSTAL_CODE("postalCode"),
    AGE("age"),
    RADIUS_KM("radiusKm"),
    SORT("sort"),
    KIND("kind"),
    NEAR("near"),
    LANG("lang"),
    PAGE("page"),
    SIZE("size");

    private final String parameter;

    SearchField(String parameter) {
        this.parameter = parameter;
    }

    /** The name of the query parameter. */
    String parameter() {
        return parameter;
    }

    static Optional<SearchField> of(String parameter) {
        return Arrays.stream(values()).filter(field -> field.parameter.equals(parameter)).findFirst();
    }
}
