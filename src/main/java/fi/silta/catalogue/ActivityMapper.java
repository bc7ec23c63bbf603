package fi.silta.catalogue;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import fi.silta.catalogue.api.ActivityDetail;
import fi.silta.catalogue.api.CodeLabel;
import fi.silta.catalogue.api.MunicipalityRef;
import fi.silta.catalogue.api.OccurrenceView;
import fi.silta.catalogue.api.OrganisationRef;
import fi.silta.catalogue.api.PlaceDetail;
import fi.silta.catalogue.api.SessionFacts;
import fi.silta.common.Language;
import fi.silta.common.LocalizedText;
import fi.silta.organisations.Organisation;
import fi.silta.reference.Municipality;

/** Entities to API records; entities never leave the catalogue service. */
@ApplicationScoped
public class ActivityMapper {

    private final CatalogueConfig config;
    private final Instance<HeldPlaces> heldPlaces;

    ActivityMapper(CatalogueConfig config, Instance<HeldPlaces> heldPlaces) {
        this.config = config;
        this.heldPlaces = heldPlaces;
    }

    public ActivityDetail detail(Activity activity, Language language, Instant now) {
        ActivityDetail.RegistrationView registration = new ActivityDetail.RegistrationView(
                activity.registration().name(), activity.registrationUrl(), activity.registrationPhone());
        ActivityDetail.ContactView contact = activity.contactName() == null && activity.contactEmail() == null
                && activity.contactPhone() == null ? null
                        : new ActivityDetail.ContactView(activity.contactName(), activity.contactEmail(),
                                activity.contactPhone());
        List<ActivityDetail.ScheduleView> schedules = activity.schedules().stream()
                .map(s -> new ActivityDetail.ScheduleView(s.firstStart().toString(), (int) s.duration().toMinutes(),
                        s.rrule(), s.zone().getId()))
                .toList();
        return new ActivityDetail(activity.id(), language.code(), text(activity.title(), language),
                text(activity.summary(), language), text(activity.description(), language),
                easyRead(activity.easyRead(), language), easyRead(activity.easyReadTitle(), language),
                organisation(activity.organisation(), language),
                municipality(activity, language), placeDetail(activity.place(), language),
                activity.online(), activity.onlineUrl(), nextOccurrences(activity, now), schedules,
                categories(activity, language), targetGroups(activity, language), languages(activity),
                activity.ageMin(), activity.ageMax(), activity.free(), text(activity.price(), language),
                registration, activity.capacity(),
                activity.accessibility().stream().map(Enum::name).sorted().toList(), contact,
                activity.lastVerifiedAt(), activity.status().name(), activity.infoUrl());
    }

    private List<OccurrenceView> nextOccurrences(Activity activity, Instant now) {
        List<Occurrence> next = activity.nextOccurrences(now, config.nextOccurrences());
        Map<Long, Long> held = held(next);
        return next.stream()
                .map(o -> new OccurrenceView(o.id(), o.startsAt().atZone(o.schedule().zone()).toOffsetDateTime(),
                        o.endsAt().atZone(o.schedule().zone()).toOffsetDateTime(), o.cancelled(),
                        o.capacity() == null ? null
                                : (int) Math.max(0, o.capacity() - held.getOrDefault(o.id(), 0L))))
                .toList();
    }

    /** The places held in the sessions that have a limit; none when no feature holds places. */
    private Map<Long, Long> held(List<Occurrence> sessions) {
        List<Long> limited = sessions.stream().filter(o -> o.capacity() != null).map(Occurrence::id).toList();
        if (limited.isEmpty() || !heldPlaces.isResolvable()) {
            return Map.of();
        }
        return heldPlaces.get().heldIn(limited);
    }

    /** A session's facts for other features. */
    public static SessionFacts facts(Occurrence o) {
        return new SessionFacts(o.id(), o.activity().id(), o.activity().organisation().id(), o.startsAt(),
                o.endsAt(), o.cancelled(), o.capacity());
    }

    private static List<CodeLabel> categories(Activity activity, Language language) {
        return activity.categories().stream().sorted(Comparator.comparingInt(Category::sortOrder))
                .map(c -> new CodeLabel(c.code(), text(c.label(), language))).toList();
    }

    private static List<CodeLabel> targetGroups(Activity activity, Language language) {
        return activity.targetGroups().stream().sorted(Comparator.comparingInt(TargetGroup::sortOrder))
                .map(t -> new CodeLabel(t.code(), text(t.label(), language))).toList();
    }

    private static List<String> languages(Activity activity) {
        return activity.languages().stream().sorted().toList();
    }

    private static MunicipalityRef municipality(Activity activity, Language language) {
        return municipality(activity.place() != null ? activity.place().municipality() : null, language);
    }

    private static OrganisationRef organisation(Organisation organisation, Language language) {
        return new OrganisationRef(organisation.id(), text(organisation.name(), language), organisation.type().name());
    }

    private static MunicipalityRef municipality(Municipality municipality, Language language) {
        return municipality == null ? null : new MunicipalityRef(municipality.code(), text(municipality.name(), language));
    }

    private static PlaceDetail placeDetail(Place place, Language language) {
        if (place == null) {
            return null;
        }
        boolean hidden = place.addressConfidential();
        return new PlaceDetail(place.id(), text(place.name(), language), hidden ? null : place.streetAddress(),
                hidden ? null : place.postalCode(), municipality(place.municipality(), language),
                hidden ? null : place.latitude(), hidden ? null : place.longitude(),
                place.accessibility().stream().map(Enum::name).sorted().toList(), hidden);
    }

    /** The street address with postal code and town, for a letter or a map; null when there is none. */
    public static String address(Place place) {
        StringBuilder address = new StringBuilder();
        if (place.streetAddress() != null) {
            address.append(place.streetAddress());
        }
        if (place.postalCode() != null || place.municipality() != null) {
            if (!address.isEmpty()) {
                address.append(", ");
            }
            if (place.postalCode() != null) {
                address.append(place.postalCode()).append(' ');
            }
            if (place.municipality() != null) {
                address.append(place.municipality().name().resolve(Language.FI));
            }
        }
        return address.isEmpty() ? null : address.toString().strip();
    }

    /** The name of a language (an ISO 639 code) in the reader's language, such as "ruotsi" for sv in Finnish. */
    public static String languageName(String isoCode, Language language) {
        String name = Locale.forLanguageTag(isoCode).getDisplayLanguage(language.locale());
        return name.isEmpty() || name.equals(isoCode) ? isoCode : name;
    }

    /**
     * Easy-read text only in the language asked for, never another one in its place: it is written for readers who
     * need their own language made simple, and a page says it is "easy Swedish".
     */
    private static String easyRead(LocalizedText text, Language language) {
        return text == null ? null : text.get(language);
    }

    private static String text(LocalizedText text, Language language) {
        return text == null ? null : text.resolve(language);
    }
}
