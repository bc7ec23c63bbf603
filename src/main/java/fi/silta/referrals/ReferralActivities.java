package fi.silta.referrals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
import fi.silta.search.ActivityQueryParser;
import fi.silta.search.ActivitySearchService;

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

    /** An activity as a referral shows it: its next session, where, and the sessions the plan may name. */
    public record Choice(long id, String title, LocalDateTime next, String place, boolean online,
            List<Session> sessions) {
    }

    /** A session of a suggested activity; {@code planned} when the referral's plan names it. */
    public record Session(long id, LocalDateTime start, boolean planned) {
    }

    /** An activity on the sheet printed for the client. */
    public record Printed(String title, String summary, String place, String address, String organiser,
            List<LocalDateTime> sessions) {
    }

    private final CatalogueService catalogue;
    private final ActivitySearchService search;
    private final ActivityQueryParser parser;

    ReferralActivities(CatalogueService catalogue, ActivitySearchService search, ActivityQueryParser parser) {
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
                    .map(a -> new Choice(a.id(), a.title(),
                            a.nextOccurrences().isEmpty() ? null : local(a.nextOccurrences().get(0).start()),
                            a.place() == null ? null : a.place().name(), a.online(), List.of()))
                    .toList();
        } catch (ProblemException e) {
            // Words the search cannot take (too long, say) find nothing rather than failing the case page.
            return List.of();
        }
    }

    /** The suggested activities still published, with the sessions the plan may name. */
    public List<Choice> suggested(List<Long> activityIds, Long plannedSession, Language language) {
        return activityIds.stream().map(id -> published(id, language)).filter(Objects::nonNull)
                .map(detail -> new Choice(detail.id(), detail.title(), first(detail.nextOccurrences()),
                        detail.place() == null ? null : detail.place().name(), detail.online(),
                        detail.nextOccurrences().stream().filter(o -> !o.cancelled()).limit(SESSIONS_SHOWN)
                                .map(o -> new Session(o.id(), local(o.start()), Long.valueOf(o.id())
                                        .equals(plannedSession)))
                                .toList()))
                .toList();
    }

    /** The suggested activities for the client's sheet, in the client's language; withdrawn ones left off. */
    public List<Printed> printable(List<Long> activityIds, Language language) {
        List<Printed> printed = new ArrayList<>();
        for (Long id : activityIds) {
            ActivityDetail detail = published(id, language);
            if (detail != null) {
                boolean address = detail.place() != null && !detail.place().addressConfidential();
                printed.add(new Printed(detail.title(), detail.summary(),
                        detail.place() == null ? null : detail.place().name(),
                        address ? detail.place().streetAddress() : null,
                        detail.organisation() == null ? null : detail.organisation().name(),
                        detail.nextOccurrences().stream().limit(SESSIONS_SHOWN).map(o -> local(o.start())).toList()));
            }
        }
        return printed;
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

    private static LocalDateTime first(List<OccurrenceView> sessions) {
        return sessions.isEmpty() ? null : local(sessions.get(0).start());
    }

    private static LocalDateTime local(OffsetDateTime start) {
        return start.atZoneSameInstant(ReferralsConfig.TIME_ZONE).toLocalDateTime();
    }
}
