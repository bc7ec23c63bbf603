package fi.silta.importers.hsds;

import static fi.silta.importers.hsds.HsdsJson.text;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fi.silta.importers.FeedException;
import fi.silta.importers.FeedJson;
import fi.silta.importers.FeedSession;
import fi.silta.importers.FetchedFeed;

/**
 * Reading HSDS documents into offers, before any mapping: the shapes a document may take (a service, an
 * organization with its services, a service at a location, a page of these, the tabular form), the pages of a
 * paged list, and the full service fetched when a list gives only its summary.
 */
final class HsdsDocuments {

    private static final Set<String> INACTIVE = Set.of("inactive", "defunct");

    /** One service, at one location or none, and the id it is known by. */
    record Offer(String originId, JsonNode service, JsonNode serviceAtLocation, JsonNode location) {
    }

    /**
     * What one feed held: its offers, the kinds of other HSDS objects seen (to say why a feed without services
     * holds nothing), and the services already fetched in full (a list may repeat an id).
     */
    static final class Reading {
        final List<Offer> offers = new ArrayList<>();
        final Set<String> otherKinds = new TreeSet<>();
        final Map<URI, JsonNode> details = new HashMap<>();
        boolean looksLikePtv;
        /** Services left out as inactive or defunct: a feed of only these is not a wrong feed. */
        int inactive;
    }

    private final ObjectMapper json;

    HsdsDocuments(ObjectMapper json) {
        this.json = json;
    }

    JsonNode parse(FetchedFeed fetched) throws FeedException {
        return FeedJson.read(json, fetched, "HSDS JSON");
    }

    /**
     * Collects the offers of a document. {@code fetching} is null when details may not be fetched; else a
     * service listed without its locations and schedules is fetched in full from the API's
     * {@code /services/{id}}.
     */
    void collect(JsonNode root, Reading reading, FeedSession fetching, URI base) throws FeedException {
        if (root.isObject() && root.has("contents")) {
            if (!root.get("contents").isArray()) {
                throw new FeedException("Not HSDS JSON: contents is not a list");
            }
            for (JsonNode item : root.get("contents")) {
                item(item, reading, fetching, base);
            }
        } else if (root.isArray()) {
            for (JsonNode item : root) {
                item(item, reading, fetching, base);
            }
        } else if (root.isObject() && isTabular(root)) {
            for (JsonNode service : tabular((ObjectNode) root)) {
                service(service, List.of(), reading, null, base);
            }
        } else if (root.isObject()) {
            item(root, reading, fetching, base);
        } else {
            throw new FeedException("Not HSDS JSON: neither an object nor a list");
        }
    }

    /**
     * Why a feed that yielded no service holds nothing Silta can import: the HSDS objects it held instead, a
     * Suomi.fi service catalogue (PTV) document, or no HSDS at all.
     */
    static String nothingFound(Reading reading, JsonNode firstRoot) {
        if (reading.looksLikePtv) {
            return "Not an HSDS feed: it is a Suomi.fi service catalogue (PTV) document; give it a source of type PTV";
        }
        if (!reading.otherKinds.isEmpty()) {
            return "The HSDS feed holds no services, only " + String.join(", ", reading.otherKinds)
                    + "; point the source at the API's /services list or at a service";
        }
        if (firstRoot != null && firstRoot.isObject() && firstRoot.path("contents").isArray()
                && firstRoot.get("contents").isEmpty()) {
            return "The HSDS list is empty: it lists no services";
        }
        return "Not an HSDS feed: the document holds no HSDS service (an object with an id, a name and a status)";
    }

    private void item(JsonNode item, Reading reading, FeedSession fetching, URI base) throws FeedException {
        if (!item.isObject()) {
            return;
        }
        if (isPtv(item)) {
            reading.looksLikePtv = true;
        } else if (item.path("service").isObject()) {
            // A service at a location.
            reading.offers.add(new Offer(id(item, item.path("service")), item.get("service"), item,
                    item.get("location")));
        } else if (item.path("services").isArray() && item.has("name")) {
            // An organization with its services and locations.
            List<JsonNode> locations = new ArrayList<>();
            item.path("locations").forEach(locations::add);
            int before = reading.offers.size();
            for (JsonNode service : item.get("services")) {
                if (isService(service)) {
                    service(service, locations, reading, fetching, base);
                }
            }
            if (reading.offers.size() == before) {
                reading.otherKinds.add("organizations");
            }
        } else if (isService(item)) {
            service(item, List.of(), reading, fetching, base);
        } else {
            kind(item).ifPresent(reading.otherKinds::add);
        }
    }

    /**
     * HSDS 3.0 requires a service's id, name and status; of the objects that hold activities only services have
     * a status. A service without a name still counts, so that it fails with a reason instead of vanishing.
     */
    private static boolean isService(JsonNode item) {
        return item.isObject() && item.has("status") && (item.has("id") || item.has("name"));
    }

    /** The kind of an HSDS object that holds no activities, by the fields the standard requires of it. */
    private static Optional<String> kind(JsonNode item) {
        if (item.has("location_type")) {
            return Optional.of("locations");
        }
        if (item.has("openapi_url") || item.has("profile") && item.has("version")) {
            return Optional.of("the API's description");
        }
        if (item.has("taxonomy") || item.has("term_uri") || item.has("code") && item.has("name")) {
            return Optional.of("taxonomy terms");
        }
        if (item.has("uri") && item.has("version") && item.has("name")) {
            return Optional.of("taxonomies");
        }
        if (item.has("name") && item.has("description") && (item.has("website") || item.has("legal_status")
                || item.has("tax_status") || item.has("year_incorporated") || item.has("parent_organization_id"))) {
            return Optional.of("organizations");
        }
        if (item.has("location") && item.has("id")) {
            return Optional.of("services at locations without their service");
        }
        return Optional.empty();
    }

    /** Suomi.fi service catalogue (PTV) objects name themselves in lists of names per language. */
    private static boolean isPtv(JsonNode item) {
        return item.has("serviceNames") || item.has("serviceChannelNames") || item.has("organizationNames")
                || item.path("itemList").isArray() && item.has("pageCount");
    }

    private void service(JsonNode service, List<JsonNode> organizationLocations, Reading reading,
            FeedSession fetching, URI base) throws FeedException {
        String status = text(service.get("status"));
        if (status != null && INACTIVE.contains(status.toLowerCase(Locale.ROOT))) {
            // Left out, so an activity imported while it was active is archived.
            reading.inactive++;
            return;
        }
        boolean summaryOnly = !service.has("service_at_locations") && !service.has("schedules");
        URI detail = summaryOnly && fetching != null ? detailAddress(base, text(service.get("id"))) : null;
        if (detail != null) {
            JsonNode full = reading.details.get(detail);
            if (full == null) {
                full = parse(fetching.fetchDetail(detail));
                reading.details.put(detail, full);
            }
            if (full.isObject() && full.has("name")) {
                service(full, organizationLocations, reading, null, base);
                return;
            }
        }
        JsonNode atLocations = service.path("service_at_locations");
        if (atLocations.isArray() && !atLocations.isEmpty()) {
            for (JsonNode atLocation : atLocations) {
                JsonNode location = atLocation.get("location");
                if ((location == null || !location.isObject()) && atLocation.has("location_id")) {
                    String locationId = text(atLocation.get("location_id"));
                    location = organizationLocations.stream()
                            .filter(l -> locationId != null && locationId.equals(text(l.get("id")))).findFirst()
                            .orElse(null);
                }
                reading.offers.add(new Offer(id(atLocation, service), service, atLocation, location));
            }
        } else {
            reading.offers.add(new Offer(text(service.get("id")), service, null, null));
        }
    }

    /** A service at a location is known by its own id, else by the service's. */
    private static String id(JsonNode atLocation, JsonNode service) {
        String id = text(atLocation.get("id"));
        return id != null ? id : text(service.get("id"));
    }

    /** {@code …/services?page=1} or {@code …/services/} to {@code …/services/{id}}; null for other addresses. */
    private static URI detailAddress(URI list, String id) {
        if (id == null || list.getPath() == null
                || !("http".equalsIgnoreCase(list.getScheme()) || "https".equalsIgnoreCase(list.getScheme()))) {
            return null;
        }
        String path = list.getPath().endsWith("/") ? list.getPath().substring(0, list.getPath().length() - 1)
                : list.getPath();
        if (!path.endsWith("/services")) {
            return null;
        }
        return list.resolve(path + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
    }

    /** The next page of a paged list ({@code page_number} below {@code total_pages}) over http(s). */
    static URI nextPage(JsonNode root, URI current) {
        if (!root.isObject() || !root.path("page_number").canConvertToInt()
                || !root.path("total_pages").canConvertToInt()
                || !("http".equalsIgnoreCase(current.getScheme()) || "https".equalsIgnoreCase(current.getScheme()))) {
            return null;
        }
        int page = root.get("page_number").asInt();
        if (page >= root.get("total_pages").asInt() || root.path("last_page").asBoolean(false)) {
            return null;
        }
        String query = current.getRawQuery() == null ? "" : current.getRawQuery();
        String others = String.join("&", Arrays.stream(query.split("&"))
                .filter(p -> !p.isBlank() && !p.startsWith("page=")).toList());
        String newQuery = (others.isEmpty() ? "" : others + "&") + "page=" + (page + 1);
        String base = current.toString();
        int question = base.indexOf('?');
        return URI.create((question < 0 ? base : base.substring(0, question)) + "?" + newQuery);
    }

    private static boolean isTabular(JsonNode root) {
        return root.has("services.csv");
    }

    /** The tabular form (one array per CSV table) joined into services shaped like the API's. */
    private List<JsonNode> tabular(ObjectNode root) {
        List<JsonNode> services = new ArrayList<>();
        for (JsonNode row : root.path("services.csv")) {
            ObjectNode service = row.deepCopy();
            String id = text(row.get("id"));
            ArrayNode atLocations = service.putArray("service_at_locations");
            for (JsonNode sal : rows(root, "service_at_location.csv", "service_id", id)) {
                ObjectNode atLocation = sal.deepCopy();
                String locationId = text(sal.get("location_id"));
                rows(root, "locations.csv", "id", locationId).stream().findFirst().ifPresent(location -> {
                    ObjectNode copy = location.deepCopy();
                    copy.putArray("addresses").addAll(rows(root, "addresses.csv", "location_id", locationId));
                    atLocation.set("location", copy);
                });
                atLocation.putArray("schedules")
                        .addAll(rows(root, "schedules.csv", "service_at_location_id", text(sal.get("id"))));
                atLocations.add(atLocation);
            }
            service.putArray("schedules").addAll(rows(root, "schedules.csv", "service_id", id).stream()
                    .filter(s -> text(s.get("service_at_location_id")) == null).toList());
            service.putArray("contacts").addAll(rows(root, "contacts.csv", "service_id", id));
            service.putArray("phones").addAll(rows(root, "phones.csv", "service_id", id));
            service.putArray("languages").addAll(rows(root, "languages.csv", "service_id", id));
            service.putArray("cost_options").addAll(rows(root, "cost_options.csv", "service_id", id));
            ArrayNode attributes = service.putArray("attributes");
            for (JsonNode attribute : rows(root, "attributes.csv", "link_id", id)) {
                ObjectNode copy = attribute.deepCopy();
                rows(root, "taxonomy_terms.csv", "id", text(attribute.get("taxonomy_term_id"))).stream().findFirst()
                        .ifPresent(term -> copy.set("taxonomy_term", term));
                attributes.add(copy);
            }
            services.add(service);
        }
        return services;
    }

    private static List<JsonNode> rows(JsonNode root, String table, String column, String value) {
        List<JsonNode> matching = new ArrayList<>();
        if (value == null) {
            return matching;
        }
        for (JsonNode row : root.path(table)) {
            if (value.equals(text(row.get(column)))) {
                matching.add(row);
            }
        }
        return matching;
    }
}
