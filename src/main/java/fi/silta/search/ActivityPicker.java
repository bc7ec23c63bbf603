package fi.silta.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.silta.reference.PostalCode;
import fi.silta.reference.PostalCodeRepository;
import fi.silta.search.api.ActivitySummary;

/**
 * The full search as a nurse or a link-person uses it while writing a referral, before it is saved: the client's
 * municipality first, then the neighbouring municipalities (activities with a place within
 * {@value #NEIGHBOURHOOD_KM} km of the client's postal code, or of the municipality's centre, closest first), then
 * online activities. Text, facets and dates are those of {@link ActivityQuery}; a referral page shows the groups with
 * the {@code tags/activityPicker.html} fragment. No client data reaches the search: only the municipality and the
 * postal code, which are not the client's identity.
 */
@ApplicationScoped
public class ActivityPicker {

    /** How far the neighbouring municipalities reach: the distance an older client travels by bus in a county. */
    public static final double NEIGHBOURHOOD_KM = 40;
    /** Activities shown per group. */
    public static final int GROUP_SIZE = 10;

    /** Where a group's activities are. */
    public enum Where {
        HOME,
        NEIGHBOURS,
        ONLINE
    }

    /** One group of found activities, best (or closest) first. */
    public record Group(Where where, List<ActivitySummary> activities) {
    }

    private final ActivitySearchService search;
    private final PostalCodeRepository postalCodes;

    ActivityPicker(ActivitySearchService search, PostalCodeRepository postalCodes) {
        this.search = search;
        this.postalCodes = postalCodes;
    }

    /**
     * The three groups for a search; an activity shows in one group only.
     *
     * @param query what is searched; its own municipality and distance filters are replaced by the groups'
     * @param home the client's municipality code
     * @param postalCode the client's postal code, or null to search around the municipality's centre
     */
    public List<Group> find(ActivityQuery query, String home, String postalCode) {
        ActivityQuery sized = query.withPage(1).withSize(GROUP_SIZE);
        SearchSort order = sized.hasText() ? SearchSort.RELEVANCE : SearchSort.SOONEST;
        List<Group> groups = new ArrayList<>();
        groups.add(new Group(Where.HOME,
                search.search(sized.within(Set.of(home), false, null, ActivityQuery.DEFAULT_RADIUS_KM, order)).items()));
        Coordinates centre = centre(home, postalCode);
        List<ActivitySummary> neighbours = new ArrayList<>();
        if (centre != null) {
            // One more than shown, as the client's own municipality's activities within reach are left out here.
            for (ActivitySummary activity : search.search(sized.withSize(GROUP_SIZE * 2)
                    .within(Set.of(), false, centre, NEIGHBOURHOOD_KM, SearchSort.DISTANCE)).items()) {
                boolean own = activity.municipality() != null && home.equals(activity.municipality().code());
                if (!own && neighbours.size() < GROUP_SIZE) {
                    neighbours.add(activity);
                }
            }
        }
        groups.add(new Group(Where.NEIGHBOURS, neighbours));
        groups.add(new Group(Where.ONLINE,
                search.search(sized.within(Set.of(), true, null, ActivityQuery.DEFAULT_RADIUS_KM, order)).items()));
        return groups;
    }

    /** The postal code's centre, else the average of the municipality's postal code centres, else null. */
    @Transactional
    Coordinates centre(String municipality, String postalCode) {
        if (postalCode != null) {
            PostalCode code = postalCodes.findById(postalCode);
            if (code != null) {
                return new Coordinates(code.latitude(), code.longitude());
            }
        }
        List<PostalCode> area = postalCodes.list("municipality.code", municipality);
        if (area.isEmpty()) {
            return null;
        }
        return new Coordinates(area.stream().mapToDouble(PostalCode::latitude).average().orElseThrow(),
                area.stream().mapToDouble(PostalCode::longitude).average().orElseThrow());
    }
}
