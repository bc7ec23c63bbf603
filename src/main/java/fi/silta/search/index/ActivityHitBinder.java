package fi.silta.search.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import fi.silta.catalogue.Activity;
import fi.silta.catalogue.ActivityMapper;
import fi.silta.catalogue.Category;
import fi.silta.catalogue.Occurrence;
import fi.silta.catalogue.Place;
import fi.silta.catalogue.TargetGroup;
import fi.silta.organisations.Organisation;
import fi.silta.search.index.ActivityHit.PlaceHit;
import fi.silta.search.index.ActivityHit.SessionHit;
import fi.silta.search.index.ActivityHit.Text;

/**
 * Writes {@link ActivityHit}, what a result list shows of the activity, into the index field {@code hit}: stored
 * for projection only, never searched, sorted or counted. It names everything it reads, so the index follows every
 * change to the activity, its sessions, its place and its organiser.
 */
class ActivityHitBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies()
                .use("title").use("summary").use("easyReadTitle").use("easyRead").use("online").use("free")
                .use("languages").use("categories").use("targetGroups")
                .use("organisation").use("organisation.name").use("organisation.type")
                .use("place").use("place.name").use("place.streetAddress").use("place.postalCode")
                .use("place.municipality").use("place.latitude").use("place.longitude")
                .use("place.addressConfidential")
                .use("occurrences").use("occurrences.startsAt").use("occurrences.endsAt")
                .use("occurrences.cancelled");
        IndexFieldReference<String> hit = context.indexSchemaElement()
                .field(ActivityHit.FIELD, f -> f.asString().projectable(Projectable.YES).searchable(Searchable.NO))
                .toReference();
        context.bridge(Activity.class, new Bridge(hit));
    }

    private record Bridge(IndexFieldReference<String> hit) implements TypeBridge<Activity> {

        @Override
        public void write(DocumentElement target, Activity activity, TypeBridgeWriteContext context) {
            target.addValue(hit, of(activity).toJson());
        }
    }

    static ActivityHit of(Activity activity) {
        Organisation organiser = activity.organisation();
        Place place = activity.place();
        return new ActivityHit(activity.id(), Text.of(activity.title()), Text.of(activity.summary()),
                Text.of(activity.easyReadTitle()), Text.of(activity.easyRead()), organiser.id(),
                Text.of(organiser.name()), organiser.type().name(),
                place == null || place.municipality() == null ? null : place.municipality().code(), place(place),
                activity.online(), activity.free(),
                activity.categories().stream()
                        .sorted(Comparator.comparingInt(Category::sortOrder).thenComparing(Category::code))
                        .map(Category::code).toList(),
                activity.targetGroups().stream()
                        .sorted(Comparator.comparingInt(TargetGroup::sortOrder).thenComparing(TargetGroup::code))
                        .map(TargetGroup::code).toList(),
                activity.languages().stream().sorted().toList(), sessions(activity));
    }

    /** A confidential place shows its name only, and only its name is in the index. */
    private static PlaceHit place(Place place) {
        if (place == null) {
            return null;
        }
        if (place.addressConfidential()) {
            return new PlaceHit(Text.of(place.name()), null, null, null, true);
        }
        return new PlaceHit(Text.of(place.name()), ActivityMapper.address(place), place.latitude(), place.longitude(),
                false);
    }

    /** Every session in the order it starts; a search keeps those that have not ended when it runs. */
    private static List<SessionHit> sessions(Activity activity) {
        List<SessionHit> sessions = new ArrayList<>();
        activity.occurrences().stream().sorted(Comparator.comparing(Occurrence::startsAt)).forEach(o -> sessions
                .add(SessionHit.of(o.id(), o.startsAt(), o.endsAt(), o.schedule().zone(), o.cancelled())));
        return sessions;
    }
}
