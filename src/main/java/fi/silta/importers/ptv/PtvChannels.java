package fi.silta.importers.ptv;

import static fi.silta.importers.ptv.PtvJson.text;

import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import fi.silta.common.LocalizedText;
import fi.silta.importers.ImportedPlace;
import fi.silta.importers.ImportedService;

/**
 * Service channels (PTV's {@code /api/v11/ServiceChannel/{id}}) as far as Silta uses them: a service location
 * channel becomes a place with its address; any channel may give a phone number, an e-mail address and a web page.
 */
final class PtvChannels {

    static final String SERVICE_LOCATION = "ServiceLocation";
    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("\\d{3}");

    /** What Silta takes from one channel. */
    record Channel(String id, String type, ImportedService.Location location, String phone, String email, String url,
            LocalizedText hours) {
    }

    private PtvChannels() {
    }

    /** @return null when the channel is not published */
    static Channel read(JsonNode channel, String language) {
        String status = text(channel.get("publishingStatus"));
        if (status != null && !"Published".equalsIgnoreCase(status)) {
            return null;
        }
        String type = text(channel.get("serviceChannelType"));
        ImportedService.Location location = SERVICE_LOCATION.equalsIgnoreCase(type) ? location(channel) : null;
        return new Channel(text(channel.get("id")), type, location, phone(channel), email(channel, language),
                url(channel, language), PtvHours.of(channel.path("serviceHours")));
    }

    /** The visiting address (type Location, a street address) first, then any street address. */
    private static ImportedService.Location location(JsonNode channel) {
        JsonNode street = null;
        for (JsonNode address : channel.path("addresses")) {
            JsonNode candidate = address.path("streetAddress");
            if (candidate.isObject() && (street == null || "Location".equalsIgnoreCase(text(address.get("type"))))) {
                street = candidate;
            }
        }
        LocalizedText name = PtvJson.localized(channel.path("serviceChannelNames"), "Name", "AlternativeName");
        if (street == null) {
            ImportedPlace place = ImportedPlace.of(name, null, null, null, null, null);
            return place == null ? null : new ImportedService.Location(place, null);
        }
        String streetName = PtvJson.preferred(street.path("street"), "fi");
        String number = text(street.get("streetNumber"));
        String streetAddress = streetName == null ? null : number == null ? streetName : streetName + " " + number;
        JsonNode municipality = street.path("municipality");
        String code = text(municipality.get("code"));
        String locality = PtvJson.preferred(street.path("postOffice"), "fi");
        if (locality == null) {
            locality = PtvJson.preferred(municipality.path("name"), "fi");
        }
        double[] coordinates = coordinates(text(street.get("latitude")), text(street.get("longitude")));
        ImportedPlace place = ImportedPlace.of(name, streetAddress, text(street.get("postalCode")), locality,
                coordinates == null ? null : coordinates[0], coordinates == null ? null : coordinates[1]);
        if (place == null) {
            return null;
        }
        return new ImportedService.Location(place, code != null && MUNICIPALITY_CODE.matcher(code).matches() ? code : null);
    }

    /**
     * Coordinates as PTV gives them: TM35FIN metres (northing in "latitude"); WGS84 degrees are taken as they are.
     * Anything else is left out.
     */
    static double[] coordinates(String latitude, String longitude) {
        if (latitude == null || longitude == null) {
            return null;
        }
        double north;
        double east;
        try {
            north = Double.parseDouble(latitude.replace(',', '.'));
            east = Double.parseDouble(longitude.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
        if (north >= 6_500_000 && north <= 7_900_000 && east >= 0 && east <= 900_000) {
            return Tm35Fin.toWgs84(north, east);
        }
        if (north >= 59 && north <= 71 && east >= 19 && east <= 32) {
            return new double[] { north, east };
        }
        return null;
    }

    private static String phone(JsonNode channel) {
        for (String field : new String[] { "phoneNumbers", "supportPhones" }) {
            for (JsonNode phone : channel.path(field)) {
                String type = text(phone.get("type"));
                String number = text(phone.get("number"));
                if (number != null && (type == null || "Phone".equalsIgnoreCase(type))) {
                    String prefix = text(phone.get("prefixNumber"));
                    boolean national = phone.path("isFinnishServiceNumber").asBoolean(false) || prefix == null;
                    return national ? number : prefix + " " + number.replaceFirst("^0", "");
                }
            }
        }
        return null;
    }

    private static String email(JsonNode channel, String language) {
        for (String field : new String[] { "emails", "supportEmails" }) {
            String email = PtvJson.preferred(channel.path(field), language);
            if (email != null) {
                return email;
            }
        }
        return null;
    }

    private static String url(JsonNode channel, String language) {
        for (String field : new String[] { "webPages", "webPage", "urls" }) {
            JsonNode pages = channel.path(field);
            String preferred = null;
            for (JsonNode page : pages) {
                String url = text(page.get("url")) != null ? text(page.get("url")) : text(page.get("value"));
                String pageLanguage = text(page.get("language"));
                if (url != null && (preferred == null
                        || language.equals(pageLanguage == null ? null : pageLanguage.toLowerCase(Locale.ROOT)))) {
                    preferred = url;
                }
            }
            if (preferred != null) {
                return preferred;
            }
        }
        return null;
    }
}
