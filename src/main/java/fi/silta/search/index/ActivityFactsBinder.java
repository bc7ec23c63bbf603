package fi.silta.search.index;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import fi.silta.catalogue.Activity;
import fi.silta.catalogue.Place;
import fi.silta.common.LocalizedText;
import fi.silta.search.analysis.SearchAnalyzers;

/**
 * The activity's fields that come from more than one property or from its place and organiser: where it is on the
 * map, its municipality, the organiser's type and id, the accessibility a resident finds there, when it was last
 * confirmed, and the names that tell where and by whom.
 */
class ActivityFactsBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies()
                .use("place.latitude").use("place.longitude").use("place.addressConfidential")
                .use("place.municipality").use("place.name").use("place.accessibility")
                .use("organisation").use("organisation.type").use("organisation.name")
                .use("accessibility").use("lastVerifiedAt").use("createdAt");
        IndexSchemaElement schema = context.indexSchemaElement();
        Fields fields = new Fields(
                schema.field("location", f -> f.asGeoPoint().projectable(Projectable.YES).sortable(Sortable.YES))
                        .toReference(),
                schema.field("municipality", f -> f.asString().aggregable(Aggregable.YES)).toReference(),
                schema.field("organisationType", f -> f.asString().aggregable(Aggregable.YES)).toReference(),
                schema.field("organisationId", f -> f.asLong()).toReference(),
                schema.field("accessibility", f -> f.asString().aggregable(Aggregable.YES)).multiValued()
                        .toReference(),
                schema.field("verifiedAt", f -> f.asInstant()).toReference(),
                schema.field("context", f -> f.asString().analyzer(SearchAnalyzers.NAME)).toReference());
        context.bridge(Activity.class, new Bridge(fields));
    }

    private record Fields(IndexFieldReference<GeoPoint> location, IndexFieldReference<String> municipality,
            IndexFieldReference<String> organisationType, IndexFieldReference<Long> organisationId,
            IndexFieldReference<String> accessibility, IndexFieldReference<Instant> verifiedAt,
            IndexFieldReference<String> context) {
    }

    private record Bridge(Fields fields) implements TypeBridge<Activity> {

        @Override
        public void write(DocumentElement target, Activity activity, TypeBridgeWriteContext context) {
            Place place = activity.place();
            // None for online activities, and none for confidential addresses: a hidden address is not found by distance.
            if (place != null && !place.addressConfidential() && place.latitude() != null && place.longitude() != null) {
                target.addValue(fields.location(), GeoPoint.of(place.latitude(), place.longitude()));
            }
            if (place != null && place.municipality() != null) {
                target.addValue(fields.municipality(), place.municipality().code());
            }
            target.addValue(fields.organisationType(), activity.organisation().type().name());
            target.addValue(fields.organisationId(), activity.organisation().id());
            for (String feature : accessibility(activity)) {
                target.addValue(fields.accessibility(), feature);
            }
            // A listing never confirmed counts from its creation.
            target.addValue(fields.verifiedAt(),
                    activity.lastVerifiedAt() != null ? activity.lastVerifiedAt() : activity.createdAt());
            target.addValue(fields.context(), contextText(activity));
        }

        /** The activity's own accessibility features and those of its place: a resident needs both. */
        private static Set<String> accessibility(Activity activity) {
            Set<String> keys = new LinkedHashSet<>();
            activity.accessibility().forEach(feature -> keys.add(feature.name()));
            if (activity.place() != null) {
                activity.place().accessibility().forEach(feature -> keys.add(feature.name()));
            }
            return keys;
        }

        /** The place, its municipality in every language and the organiser, so "jooga kokkola" finds yoga in Kokkola. */
        private static String contextText(Activity activity) {
            List<String> names = new ArrayList<>();
            Place place = activity.place();
            if (place != null) {
                addAll(names, place.name());
                if (place.municipality() != null) {
                    addAll(names, place.municipality().name());
                }
            }
            addAll(names, activity.organisation().name());
            return String.join(" ", names);
        }

        private static void addAll(List<String> names, LocalizedText text) {
            if (text == null) {
                return;
            }
            for (String value : new String[] { text.fi(), text.sv(), text.en() }) {
                if (value != null && !names.contains(value)) {
                    names.add(value);
                }
            }
        }
    }
}
