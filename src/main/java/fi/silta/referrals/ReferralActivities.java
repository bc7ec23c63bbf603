package fi.silta.referrals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import fi.silta.catalogue.CatalogueService;
import fi.silta.catalogue.api.ActivityDetail;
import fi.silta.catalogue.api.OccurrenceView;
import fi.silta.common.Language;
import fi.silta.common.problem.ProblemException;
import fi.silta.search.ActivityPicker;
import fi.silta.search.ActivityQueryParser;
import fi.silta.search.ActivitySearchService;
import fi.silta.search.api.ActivitySummary;

/**
 * The public catalogue as referrals see it: the activities a nurse finds for a client in the client's
 * municipality, the ones a referral suggests with their next sessions, and the check that a suggestion names
 * published activities. The only place where referrals reach the catalogue and the search; no client data goes
 * the other way.
 */
@ApplicationScoped
public class ReferralActivities {

    /** How many activities a referral suggests at most. */
    static final int MAX_SUGGESTED = 20;
    private static final int SESSIONS_SHOWN = 3;

    /**
     * An activity as a referral shows it: its next session (never a called-off one), where, the sessions the plan
     * may name, and whether that next session is full.
     */
    public record Choice(long id, String title, LocalDateTime next, String place, boolean online,
            List<Session> sessions, boolean full) {
    }

    /** A session of a suggested activity; {@code planned} when the referral's plan names it; {@code full}: no place. */
    public record Session(long id, LocalDateTime start, boolean planned, boolean full) {
    }

    private final CatalogueService catalogue;
    private final ActivitySearchService search;
    private final ActivityQueryParser parser;
    private final ActivityPicker picker;

    ReferralActivities(CatalogueService catalogue, ActivitySearchService search, ActivityQueryParser parser,
            ActivityPicker picker) {
        this.picker = picker;
        this.catalogue = catalogue;
        this.search = search;
        this.parser = parser;
    }

    /** Published activities matching the words in the client's municipality, best first; none for no words. */
    public List<Choice> find(String words, String municipality, Language language) {
        if (words == null || words.isBlank()) {
            return List.of();
        }
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("q", List.of(words));
        params.put("municipality", List.of(municipality));
        params.put("lang", List.of(language.code()));
        params.put("size", List.of("10"));
        try {
            return search.search(parser.parse(params)).items().stream()
                    .map(a -> {
                        ActivityDetail detail = published(a.id(), language);
                        OccurrenceView next = detail == null ? null : firstOpen(detail.nextOccurrences());
                        return new Choice(a.id(), a.title(), next == null ? null : local(next.start()),
                                a.place() == null ? null : a.place().name(), a.online(), List.of(), full(next));
                    })
                    .toList();
        } catch (ProblemException e) {
            // Words the search cannot take (too long, say) find nothing rather than failing the case page.
            return List.of();
        }
    }

    /** Activities found for a referral being written, in one place: the client's municipality, nearby or online. */
    public record PickGroup(String where, List<Choice> choices) {
    }

    /**
     * The full search for a referral being written (see {@link ActivityPicker}): the client's municipality first,
     * then the neighbouring municipalities around the postal code, then online activities. Words the search cannot
     * take find nothing rather than failing the form.
     */
    public List<PickGroup> pick(String words, String municipality, String postalCode, Language language) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (words != null && !words.isBlank()) {
            params.put("q", List.of(words));
        }
        params.put("lang", List.of(language.code()));
        try {
            return picker.find(parser.parse(params), municipality, postalCode).stream()
                    .map(group -> new PickGroup(group.where().name(), group.activities().stream()
                            .map(a -> {
                                // The places left come from the activity itself, so a full session says so here too.
                                ActivityDetail detail = published(a.id(), language);
                                OccurrenceView next = detail == null ? null : firstOpen(detail.nextOccurrences());
                                return new Choice(a.id(), a.title(), next == null ? null : local(next.start()),
                                        place(a), a.online(), List.of(), full(next));
                            })
                            .toList()))
                    .toList();
        } catch (ProblemException e) {
            return List.of();
        }
    }

    private static String place(ActivitySummary activity) {
        String place = activity.place() == null ? null : activity.place().name();
        String municipality = activity.municipality() == null ? null : activity.municipality().name();
        return place == null ? municipality : municipality == null ? place : place + ", " + municipality;
    }

    /** The suggested activities still published, with the sessions the plan may name. */
    public List<Choice> suggested(List<Long> activityIds, Long plannedSession, Language language) {
        return activityIds.stream().map(id -> published(id, language)).filter(Objects::nonNull)
                .map(detail -> new Choice(detail.id(), detail.title(), first(detail.nextOccurrences()),
                        detail.place() == null ? null : detail.place().name(), detail.online(),
                        detail.nextOccurrences().stream().filter(o -> !o.cancelled()).limit(SESSIONS_SHOWN)
                                .map(o -> new Session(o.id(), local(o.start()), Long.valueOf(o.id())
                                        .equals(plannedSession), full(o)))
                                .toList(),
                        full(firstOpen(detail.nextOccurrences()))))
                .toList();
    }

    /**
     * Refuses (400, at the field) suggestions that are not published activities, more than {@value #MAX_SUGGESTED}
     * of them, or a planned session that belongs to none of them.
     */
    public void check(List<Long> activityIds, Long occurrenceId) {
        if (activityIds.size() > MAX_SUGGESTED) {
            throw InvalidInput.at("activityIds", "too-many", "At most " + MAX_SUGGESTED + " activities");
        }
        if (activityIds.stream().anyMatch(id -> id == null || !catalogue.publishedExists(id))) {
            throw InvalidInput.at("activityIds", "unknown-activity", "Not a published activity");
        }
        if (occurrenceId != null && activityIds.stream().noneMatch(a -> catalogue.hasOccurrence(a, occurrenceId))) {
            throw InvalidInput.at("occurrenceId", "unknown-session", "The session must belong to a suggested activity");
        }
    }

    /** A published activity's title in the language; empty once it is withdrawn. */
    public String title(long activityId, Language language) {
        ActivityDetail detail = published(activityId, language);
        return detail == null ? "" : detail.title();
    }

    /** When the planned session starts, if it is one of the suggested activities' coming sessions. */
    public Optional<Instant> plannedStart(Collection<Long> activityIds, Long occurrenceId) {
        if (occurrenceId == null) {
            return Optional.empty();
        }
        return activityIds.stream().map(id -> published(id, Language.FI)).filter(Objects::nonNull)
                .flatMap(detail -> detail.nextOccurrences().stream()).filter(o -> o.id() == occurrenceId)
                .map(o -> o.start().toInstant()).findFirst();
    }

    private ActivityDetail published(long id, Language language) {
        try {
            return catalogue.get(id, language);
        } catch (ProblemException e) {
            // Withdrawn since it was suggested.
            return null;
        }
    }

    /** The first session not called off: the one the page names as next. */
    private static LocalDateTime first(List<OccurrenceView> sessions) {
        OccurrenceView next = firstOpen(sessions);
        return next == null ? null : local(next.start());
    }

    private static OccurrenceView firstOpen(List<OccurrenceView> sessions) {
        return sessions.stream().filter(o -> !o.cancelled()).findFirst().orElse(null);
    }

    private static boolean full(OccurrenceView session) {
        return session != null && session.placesLeft() != null && session.placesLeft() == 0;
    }

    private static LocalDateTime local(OffsetDateTime start) {
        return start.atZoneSameInstant(ReferralsConfig.TIME_ZONE).toLocalDateTime();
    }
}
