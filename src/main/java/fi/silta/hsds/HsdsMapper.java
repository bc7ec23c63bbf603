package fi.silta.hsds;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import fi.silta.catalogue.Activity;
import fi.silta.catalogue.CatalogueMessages;
import fi.silta.catalogue.Place;
import fi.silta.common.Language;
import fi.silta.common.LocalizedText;
import fi.silta.hsds.HsdsIds.Kind;
import fi.silta.organisations.Organisation;
import fi.silta.reference.Municipality;
import fi.silta.services.ServiceListing;

/**
 * Silta's public records as HSDS 3.0 objects, in one language. Only what residents may read goes out: a service's
 * notes for professionals are in another table this class never reads, a confidential place gives no address or
 * coordinates. Empty values are left out rather than written as null, as the HSDS schemas want.
 */
@ApplicationScoped
class HsdsMapper {

    Map<String, Object> organization(Organisation organisation, Language language) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", HsdsIds.of(Kind.ORGANIZATION, organisation.id()));
        json.put("name", text(organisation.name(), language));
        // HSDS requires a description; Silta keeps none for organisations, so it says what kind of organiser it is.
        json.put("description", MessageBundles.get(CatalogueMessages.class, Localized.Literal.of(language.code()))
                .organisationType(organisation.type()));
        put(json, "email", email(organisation.email()));
        put(json, "website", uri(organisation.website()));
        if (organisation.businessId() != null) {
            json.put("organization_identifiers", List.of(Map.of("id",
                    HsdsIds.of(Kind.ORGANIZATION, 1, organisation.id()), "identifier_scheme", "FI-YTUNNUS",
                    "identifier_type", "Business ID", "identifier", organisation.businessId())));
        }
        return json;
    }

    Map<String, Object> service(ServiceListing service, Language language, boolean full) {
        Map<String, Object> json = new LinkedHashMap<>();
        String id = HsdsIds.of(Kind.SERVICE, service.id());
        json.put("id", id);
        json.put("organization_id", HsdsIds.of(Kind.ORGANIZATION, service.organisation().id()));
        json.put("name", text(service.name(), language));
        put(json, "description", text(service.description(), language));
        put(json, "url", uri(service.infoUrl()));
        put(json, "email", email(service.contactEmail()));
        json.put("status", "active");
        put(json, "application_process", text(service.accessInfo(), language));
        put(json, "eligibility_description", text(service.eligibility(), language));
        put(json, "fees_description", service.free() ? "0 €" : text(service.cost(), language));
        put(json, "last_modified", time(service.updatedAt()));
        if (full) {
            json.put("organization", organization(service.organisation(), language));
            if (service.contactPhone() != null) {
                json.put("phones", List.of(Map.of("id", HsdsIds.of(Kind.SERVICE, 1, service.id()), "service_id", id,
                        "number", service.contactPhone())));
            }
            List<Map<String, Object>> areas = new ArrayList<>();
            for (Municipality municipality : service.area()) {
                areas.add(Map.of("id", HsdsIds.of(Kind.SERVICE, Long.parseLong(municipality.code()) + 2, service.id()),
                        "service_id", id, "name", municipality.name().resolve(language), "extent_type", "other",
                        "extent", municipality.code()));
            }
            json.put("service_areas", areas);
            json.put("languages", languages(service.languages(), Kind.SERVICE, service.id(), id));
            List<Map<String, Object>> atLocations = new ArrayList<>();
            for (Place place : service.locations()) {
                Map<String, Object> at = new LinkedHashMap<>();
                at.put("id", HsdsIds.of(Kind.SERVICE_AT_PLACE, service.id(), place.id()));
                at.put("service_id", id);
                at.put("location_id", HsdsIds.of(Kind.LOCATION, place.id()));
                at.put("location", location(place, language));
                atLocations.add(at);
            }
            json.put("service_at_locations", atLocations);
        }
        return json;
    }

    Map<String, Object> activity(Activity activity, Language language, boolean full) {
        Map<String, Object> json = new LinkedHashMap<>();
        String id = HsdsIds.of(Kind.ACTIVITY, activity.id());
        json.put("id", id);
        json.put("organization_id", HsdsIds.of(Kind.ORGANIZATION, activity.organisation().id()));
        json.put("name", text(activity.title(), language));
        String description = text(activity.description(), language);
        put(json, "description", description != null ? description : text(activity.summary(), language));
        put(json, "url", uri(activity.infoUrl()));
        put(json, "email", email(activity.contactEmail()));
        json.put("status", "active");
        put(json, "fees_description", activity.free() ? "0 €" : text(activity.price(), language));
        put(json, "minimum_age", activity.ageMin());
        put(json, "maximum_age", activity.ageMax());
        if (full) {
            json.put("organization", organization(activity.organisation(), language));
            json.put("languages", languages(activity.languages(), Kind.ACTIVITY, activity.id(), id));
            if (activity.place() != null) {
                Map<String, Object> at = new LinkedHashMap<>();
                at.put("id", HsdsIds.of(Kind.ACTIVITY_AT_PLACE, activity.id()));
                at.put("service_id", id);
                at.put("location_id", HsdsIds.of(Kind.LOCATION, activity.place().id()));
                at.put("location", location(activity.place(), language));
                json.put("service_at_locations", List.of(at));
            }
        }
        return json;
    }

    Map<String, Object> location(Place place, Language language) {
        Map<String, Object> json = new LinkedHashMap<>();
        String id = HsdsIds.of(Kind.LOCATION, place.id());
        json.put("id", id);
        json.put("location_type", "physical");
        json.put("organization_id", HsdsIds.of(Kind.ORGANIZATION, place.organisation().id()));
        json.put("name", text(place.name(), language));
        if (!place.addressConfidential()) {
            put(json, "latitude", place.latitude());
            put(json, "longitude", place.longitude());
            Municipality municipality = place.municipality();
            if (place.streetAddress() != null && place.postalCode() != null && municipality != null) {
                Map<String, Object> address = new LinkedHashMap<>();
                address.put("id", HsdsIds.of(Kind.LOCATION, 1, place.id()));
                address.put("location_id", id);
                address.put("address_1", place.streetAddress());
                address.put("city", municipality.name().resolve(language));
                address.put("state_province",
                        municipality.county() == null ? municipality.name().resolve(language)
                                : municipality.county().name().resolve(language));
                address.put("postal_code", place.postalCode());
                address.put("country", "FI");
                address.put("address_type", "physical");
                json.put("addresses", List.of(address));
            }
        }
        return json;
    }

    Map<String, Object> serviceAtLocation(String id, String serviceId, Place place, Map<String, Object> service,
            Language language) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("service_id", serviceId);
        json.put("location_id", HsdsIds.of(Kind.LOCATION, place.id()));
        json.put("location", location(place, language));
        json.put("service", service);
        return json;
    }

    private static List<Map<String, Object>> languages(Iterable<String> codes, Kind kind, long number,
            String serviceId) {
        List<Map<String, Object>> languages = new ArrayList<>();
        int index = 0x100000;
        for (String code : codes) {
            languages.add(Map.of("id", HsdsIds.of(kind, index++, number), "service_id", serviceId, "code", code));
        }
        return languages;
    }

    private static void put(Map<String, Object> json, String key, Object value) {
        if (value != null) {
            json.put(key, value);
        }
    }

    private static String text(LocalizedText text, Language language) {
        return text == null ? null : text.resolve(language);
    }

    private static String time(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    /** Only an absolute http(s) address passes as an HSDS uri. */
    private static String uri(String value) {
        if (value == null) {
            return null;
        }
        try {
            URI uri = URI.create(value.strip());
            return uri.isAbsolute() && uri.getHost() != null ? uri.toString() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String email(String value) {
        return value != null && value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") ? value : null;
    }
}
