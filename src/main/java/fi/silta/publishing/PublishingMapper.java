package fi.silta.publishing;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import fi.silta.audit.AuditEntry;
import fi.silta.catalogue.AccessibilityFeature;
import fi.silta.catalogue.Activity;
import fi.silta.catalogue.ActivityStatus;
import fi.silta.catalogue.Category;
import fi.silta.catalogue.Occurrence;
import fi.silta.catalogue.Place;
import fi.silta.catalogue.Registration;
import fi.silta.catalogue.Schedule;
import fi.silta.catalogue.TargetGroup;
import fi.silta.catalogue.api.ActivityDetail;
import fi.silta.catalogue.api.CodeLabel;
import fi.silta.catalogue.api.PlaceDetail;
import fi.silta.common.Inputs;
import fi.silta.common.Language;
import fi.silta.common.LocalizedText;
import fi.silta.organisations.Organisation;
import fi.silta.publishing.RecurrenceRule.Terms;
import fi.silta.publishing.api.Accessibility;
import fi.silta.publishing.api.ActivityEdit;
import fi.silta.publishing.api.ActivityInput;
import fi.silta.publishing.api.ActivityPreview;
import fi.silta.publishing.api.ActivityRow;
import fi.silta.publishing.api.DescriptionText;
import fi.silta.publishing.api.EasyReadText;
import fi.silta.publishing.api.HistoryEntry;
import fi.silta.publishing.api.ListingStatus;
import fi.silta.publishing.api.Operation;
import fi.silta.publishing.api.OrganisationOverview;
import fi.silta.publishing.api.PlaceInput;
import fi.silta.publishing.api.PlaceView;
import fi.silta.publishing.api.RegistrationPolicy;
import fi.silta.publishing.api.ShortText;
import fi.silta.publishing.api.SummaryText;
import fi.silta.publishing.api.Texts;

/**
 * Entities to publishing's API records and back; entities never leave the publishing services. Publishing names
 * its codes with its own enums, so its pages need nothing of the catalogue: the constants are the catalogue's,
 * by name.
 */
@ApplicationScoped
class PublishingMapper {

    private static final int SESSIONS_SHOWN = 60;

    private final PublishingConfig config;

    PublishingMapper(PublishingConfig config) {
        this.config = config;
    }

    ActivityEdit edit(Activity activity, Language language, Instant now, Optional<String> importedFrom) {
        List<ActivityEdit.ScheduleView> schedules = activity.schedules().stream().map(this::schedule).toList();
        List<ActivityEdit.SessionView> sessions = activity.nextOccurrences(now, SESSIONS_SHOWN).stream()
                .map(o -> new ActivityEdit.SessionView(o.id() == null ? 0 : o.id(), o.startsAt(), o.endsAt(),
                        o.cancelled()))
                .toList();
        return new ActivityEdit(activity.id(), activity.organisation().id(),
                activity.organisation().name().resolve(language), status(activity.status()), activity.version(),
                input(activity), schedules, sessions, activity.lastVerifiedAt(), stale(activity, now),
                activity.updatedAt(), importedFrom.orElse(null));
    }

    /** An activity's fields as its publisher wrote them. */
    ActivityInput input(Activity a) {
        return new ActivityInput(a.version(), shortText(a.title()), summaryText(a.summary()),
                descriptionText(a.description()), a.place() == null ? null : a.place().id(), a.onlineUrl(),
                a.ongoing(), a.categories().stream().map(Category::code).sorted().toList(),
                a.targetGroups().stream().map(TargetGroup::code).sorted().toList(), a.ageMin(), a.ageMax(),
                a.languages().stream().sorted().toList(), a.free(), shortText(a.price()),
                registration(a.registration()), a.registrationUrl(), a.registrationPhone(), a.capacity(),
                accessibility(a.accessibility()), a.infoUrl(), a.contactName(), a.contactEmail(), a.contactPhone(),
                shortText(a.easyReadTitle()), easyReadText(a.easyRead()));
    }

    ActivityRow row(Activity activity, Language language, Instant now) {
        return new ActivityRow(activity.id(), activity.title().resolve(language), status(activity.status()),
                activity.source(), activity.lastVerifiedAt(), stale(activity, now),
                activity.nextOccurrences(now, 1).stream().map(Occurrence::startsAt).findFirst().orElse(null));
    }

    OrganisationOverview overview(Organisation organisation, Collection<Activity> own, Language language,
            Instant now) {
        long drafts = own.stream().filter(a -> a.status() == ActivityStatus.DRAFT).count();
        long published = own.stream().filter(a -> a.status() == ActivityStatus.PUBLISHED).count();
        long stale = own.stream().filter(a -> stale(a, now)).count();
        return new OrganisationOverview(organisation.id(), organisation.name().resolve(language), drafts, published,
                stale);
    }

    PlaceView place(Place place, Language language) {
        PlaceInput fields = new PlaceInput(place.version(), shortText(place.name()), place.streetAddress(),
                place.postalCode(), place.municipality() == null ? null : place.municipality().code(),
                place.latitude(), place.longitude(), accessibility(place.accessibility()),
                place.addressConfidential());
        String label = place.name().resolve(language)
                + (place.streetAddress() == null || place.addressConfidential() ? "" : ", " + place.streetAddress());
        return new PlaceView(place.id(), place.version(), fields, label);
    }

    HistoryEntry history(AuditEntry entry) {
        return new HistoryEntry(entry.at(), entry.actor(), Operation.ofCode(entry.operation()),
                HistoryEntry.Outcome.valueOf(entry.outcome().name()), entry.details());
    }

    ActivityPreview preview(ActivityDetail detail) {
        PlaceDetail place = detail.place();
        ActivityPreview.Place where = place == null ? null
                : new ActivityPreview.Place(place.name(), place.streetAddress(), place.postalCode(),
                        place.municipality() == null ? null : place.municipality().name(),
                        place.addressConfidential(), place.lat(), place.lon());
        boolean required = detail.registration() != null
                && Registration.REQUIRED.name().equals(detail.registration().type());
        ActivityDetail.ContactView contact = detail.contact();
        return new ActivityPreview(detail.id(), detail.title(), detail.summary(), detail.description(),
                detail.easyRead(), detail.nextOccurrences().stream()
                        .map(o -> new ActivityPreview.Session(o.start().toInstant(), o.end().toInstant(),
                                o.cancelled()))
                        .toList(),
                where, detail.online(), detail.onlineUrl(), detail.categories().stream().map(CodeLabel::label).toList(),
                detail.ageMin(), detail.ageMax(), detail.free(), detail.price(), required,
                required ? detail.registration().url() : null, required ? detail.registration().phone() : null,
                contact == null ? null : contact.name(), contact == null ? null : contact.email(),
                contact == null ? null : contact.phone(),
                detail.accessibility().stream().map(Accessibility::valueOf).sorted().toList(), detail.languages(),
                detail.organisation().id(), detail.organisation().name());
    }

    /** Whether a published listing has gone unconfirmed for longer than publishers are asked to wait. */
    boolean stale(Activity activity, Instant now) {
        if (activity.status() != ActivityStatus.PUBLISHED) {
            return false;
        }
        Instant verified = activity.lastVerifiedAt() != null ? activity.lastVerifiedAt() : activity.createdAt();
        return verified == null || verified.isBefore(now.minus(config.staleAfter()));
    }

    private ActivityEdit.ScheduleView schedule(Schedule schedule) {
        Optional<Terms> terms = RecurrenceRule.read(schedule.rrule());
        return new ActivityEdit.ScheduleView(schedule.id() == null ? 0 : schedule.id(), schedule.firstStart(),
                (int) schedule.duration().toMinutes(), schedule.rrule(),
                schedule.exceptions().stream().sorted().toList(), terms.map(Terms::kind).orElse(null),
                terms.map(Terms::weekdays).orElse(List.of()), terms.map(Terms::weekOfMonth).orElse(null),
                terms.map(Terms::until).orElse(null), schedule.zone().getId());
    }

    // Codes: publishing's enums hold the catalogue's constants, by name.

    static ListingStatus status(ActivityStatus status) {
        return ListingStatus.valueOf(status.name());
    }

    static RegistrationPolicy registration(Registration registration) {
        return registration == null ? RegistrationPolicy.NONE : RegistrationPolicy.valueOf(registration.name());
    }

    static Registration registration(RegistrationPolicy policy) {
        return policy == null ? Registration.NONE : Registration.valueOf(policy.name());
    }

    static List<Accessibility> accessibility(Set<AccessibilityFeature> features) {
        return features.stream().map(feature -> Accessibility.valueOf(feature.name())).sorted().toList();
    }

    static Set<AccessibilityFeature> features(List<Accessibility> accessibility) {
        return accessibility == null ? EnumSet.noneOf(AccessibilityFeature.class)
                : accessibility.stream().filter(Objects::nonNull)
                        .map(feature -> AccessibilityFeature.valueOf(feature.name()))
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(AccessibilityFeature.class)));
    }

    // Texts

    /** The text to store: each language cleaned, null when nothing is written. */
    static LocalizedText text(Texts texts) {
        if (texts == null) {
            return null;
        }
        LocalizedText text = LocalizedText.of(Inputs.clean(texts.fi()), Inputs.clean(texts.sv()),
                Inputs.clean(texts.en()));
        return text.isEmpty() ? null : text;
    }

    private static ShortText shortText(LocalizedText text) {
        return text == null ? ShortText.EMPTY : new ShortText(text.fi(), text.sv(), text.en());
    }

    private static SummaryText summaryText(LocalizedText text) {
        return text == null ? SummaryText.EMPTY : new SummaryText(text.fi(), text.sv(), text.en());
    }

    private static EasyReadText easyReadText(LocalizedText text) {
        return text == null ? EasyReadText.EMPTY : new EasyReadText(text.fi(), text.sv(), text.en());
    }

    private static DescriptionText descriptionText(LocalizedText text) {
        return text == null ? DescriptionText.EMPTY : new DescriptionText(text.fi(), text.sv(), text.en());
    }
}
