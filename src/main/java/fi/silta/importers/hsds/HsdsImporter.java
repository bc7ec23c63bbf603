package fi.silta.importers.hsds;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fi.silta.common.LocalizedText;
import fi.silta.importers.FeedException;
import fi.silta.importers.FeedImporter;
import fi.silta.importers.FeedSession;
import fi.silta.importers.FetchedFeed;
import fi.silta.importers.ImportedActivity;
import fi.silta.importers.ImportedPlace;
import fi.silta.importers.ImportedSchedule;
import fi.silta.importers.KeywordMap;
import fi.silta.importers.ParsedFeed;
import fi.silta.importers.RecordException;
import fi.silta.importers.RecordFailure;
import fi.silta.importers.SourceType;
import fi.silta.importers.Texts;

/**
 * Open Referral HSDS 3.0 JSON: a service, an organization with its services, a service at a location, a page
 * of any of these ({@code contents}), or the tabular form (one array per CSV table). Each service at a location
 * is one activity; a service without locations is one activity named by the service's id. See
 * docs/importers.md for the field mapping.
 */
@ApplicationScoped
public class HsdsImporter implements FeedImporter {

    private static final Set<String> INACTIVE = Set.of("inactive", "defunct");
    private static final Pattern BYDAY = Pattern.compile("([+-]?\\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)");
    private static final Pattern NUMBERS = Pattern.compile("[+-]?\\d{1,3}(,[+-]?\\d{1,3})*");
    private static final Set<String> FREQUENCIES = Set.of("DAILY", "WEEKLY", "MONTHLY", "YEARLY");
    private static final int EXCERPT = 500;

    private final ObjectMapper json;

    @Inject
    HsdsImporter(ObjectMapper json) {
        this.json = json;
    }

    /** For tests without a container. */
    public HsdsImporter() {
        this(new ObjectMapper());
    }

    @Override
    public SourceType type() {
        return SourceType.HSDS;
    }

    /** One service, at one location or none, and the id it is known by. */
    private record Offer(String originId, JsonNode service, JsonNode serviceAtLocation, JsonNode location) {
    }

    @Override
    public ParsedFeed read(FeedSession session) throws FeedException {
        List<Offer> offers = new ArrayList<>();
        URI page = session.url();
        while (page != null) {
            FetchedFeed fetched = session.fetch(page);
            JsonNode root = parse(fetched);
            collect(root, offers, session, fetched.uri());
            session.checkRecordCount(offers.size());
            page = nextPage(root, fetched.uri());
        }
        return map(offers, session);
    }

    /** Reads one document without fetching more; public for tests that read the examples as files. */
    public ParsedFeed read(JsonNode root, FeedSession session) throws FeedException {
        List<Offer> offers = new ArrayList<>();
        collect(root, offers, null, session.url());
        return map(offers, session);
    }

    private ParsedFeed map(List<Offer> offers, FeedSession session) throws FeedException {
        List<ImportedActivity> records = new ArrayList<>();
        List<RecordFailure> failures = new ArrayList<>();
        for (Offer offer : offers) {
            session.checkTime();
            try {
                records.add(record(offer, session));
            } catch (RecordException e) {
                failures.add(new RecordFailure(offer.originId(), e.getMessage(), excerpt(offer.service())));
            } catch (RuntimeException e) {
                failures.add(new RecordFailure(offer.originId(), "could not be read (" + e.getClass().getSimpleName()
                        + ")", excerpt(offer.service())));
            }
        }
        return new ParsedFeed(records, failures);
    }

    private JsonNode parse(FetchedFeed fetched) throws FeedException {
        try {
            return json.readTree(fetched.body());
        } catch (IOException e) {
            throw new FeedException("Not HSDS JSON: not JSON");
        }
    }

    /**
     * Collects the offers of a document. {@code fetching} is null when details may not be fetched; else a
     * service listed without its locations and schedules is fetched in full from the API's
     * {@code /services/{id}}.
     */
    private void collect(JsonNode root, List<Offer> offers, FeedSession fetching, URI base) throws FeedException {
        if (root.isObject() && root.has("contents")) {
            if (!root.get("contents").isArray()) {
                throw new FeedException("Not HSDS JSON: contents is not a list");
            }
            for (JsonNode item : root.get("contents")) {
                item(item, offers, fetching, base);
            }
        } else if (root.isArray()) {
            for (JsonNode item : root) {
                item(item, offers, fetching, base);
            }
        } else if (root.isObject() && isTabular(root)) {
            for (JsonNode service : tabular((ObjectNode) root)) {
                service(service, List.of(), offers, null, base);
            }
        } else if (root.isObject()) {
            item(root, offers, fetching, base);
        } else {
            throw new FeedException("Not HSDS JSON: neither an object nor a list");
        }
    }

    private void item(JsonNode item, List<Offer> offers, FeedSession fetching, URI base) throws FeedException {
        if (!item.isObject()) {
            return;
        }
        if (item.path("service").isObject()) {
            // A service at a location.
            offers.add(new Offer(id(item, item.path("service")), item.get("service"), item, item.get("location")));
        } else if (item.path("services").isArray()) {
            // An organization with its services and locations.
            List<JsonNode> locations = new ArrayList<>();
            item.path("locations").forEach(locations::add);
            for (JsonNode service : item.get("services")) {
                service(service, locations, offers, fetching, base);
            }
        } else if (item.has("name") && item.has("status")) {
            // HSDS 3.0 requires id, name and status of a service; locations, taxonomies and organizations
            // have no status.
            service(item, List.of(), offers, fetching, base);
        }
        // Locations, taxonomies and organizations without services hold no activities.
    }

    private void service(JsonNode service, List<JsonNode> organizationLocations, List<Offer> offers,
            FeedSession fetching, URI base) throws FeedException {
        String status = text(service.get("status"));
        if (status != null && INACTIVE.contains(status.toLowerCase(Locale.ROOT))) {
            // Left out, so an activity imported while it was active is archived.
            return;
        }
        boolean summaryOnly = !service.has("service_at_locations") && !service.has("schedules");
        URI detail = summaryOnly && fetching != null ? detailAddress(base, text(service.get("id"))) : null;
        if (detail != null) {
            FetchedFeed fetched = fetching.fetch(detail);
            JsonNode full = parse(fetched);
            if (full.isObject() && full.has("name")) {
                service(full, organizationLocations, offers, null, base);
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
                offers.add(new Offer(id(atLocation, service), service, atLocation, location));
            }
        } else {
            offers.add(new Offer(text(service.get("id")), service, null, null));
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

    private ImportedActivity record(Offer offer, FeedSession session) {
        JsonNode service = offer.service();
        JsonNode atLocation = offer.serviceAtLocation() == null ? json.createObjectNode() : offer.serviceAtLocation();
        JsonNode location = offer.location() == null ? json.createObjectNode() : offer.location();
        ImportedActivity.Builder builder = ImportedActivity.builder(offer.originId())
                .title(inLanguage(text(service.get("name")), session))
                .description(inLanguage(text(service.get("description")) != null ? text(service.get("description"))
                        : text(atLocation.get("description")), session))
                .infoUrl(text(service.get("url")))
                .ages(integer(service.get("minimum_age")), integer(service.get("maximum_age")))
                .excerpt(excerpt(service));
        String locationType = text(location.get("location_type"));
        if ("virtual".equalsIgnoreCase(locationType)) {
            builder.online(text(location.get("url")) != null ? text(location.get("url")) : text(service.get("url")));
        } else if (location.has("name") || location.has("addresses")) {
            JsonNode address = address(location.path("addresses"));
            builder.place(ImportedPlace.of(inLanguage(text(location.get("name")), session),
                    text(address.get("address_1")), text(address.get("postal_code")), text(address.get("city")),
                    decimal(location.get("latitude")), decimal(location.get("longitude"))));
        }
        JsonNode contact = first(atLocation.path("contacts"), service.path("contacts"));
        String email = text(contact.get("email")) != null ? text(contact.get("email")) : text(service.get("email"));
        JsonNode phone = first(atLocation.path("phones"), service.path("phones"), contact.path("phones"),
                location.path("phones"));
        builder.contact(text(contact.get("name")), email, phoneNumber(text(phone.get("number"))));
        for (JsonNode language : service.path("languages")) {
            builder.language(text(language.get("code")));
        }
        cost(service, builder, session);
        KeywordMap.Matches matches = session.keywords().matches();
        for (JsonNode attribute : service.path("attributes")) {
            JsonNode term = attribute.path("taxonomy_term");
            matches.word(text(term.get("name"))).word(text(term.get("code")));
        }
        builder.categories(matches.categories()).targetGroups(matches.targetGroups());
        JsonNode schedules = atLocation.path("schedules").isArray() && !atLocation.path("schedules").isEmpty()
                ? atLocation.get("schedules")
                : service.path("schedules");
        for (JsonNode schedule : schedules) {
            ImportedSchedule imported = schedule(schedule, session.zone());
            if (imported != null) {
                builder.schedule(imported);
            }
        }
        if (!builder.hasSchedules()) {
            throw new RecordException("has no schedule Silta can read: each needs a dtstart or valid_from date");
        }
        return builder.build();
    }

    /**
     * An HSDS schedule as an RFC 5545 series. Parts RFC 5545 does not allow with the frequency (BYWEEKNO
     * outside YEARLY, BYMONTHDAY in WEEKLY, BYYEARDAY outside YEARLY) and COUNT next to UNTIL are left out.
     * The numeric timezone is a UTC offset; without one, times are the source's local time.
     *
     * @return null when the schedule has no date to start from
     */
    static ImportedSchedule schedule(JsonNode schedule, ZoneId defaultZone) {
        LocalDate start = date(text(schedule.get("dtstart")));
        if (start == null) {
            start = date(text(schedule.get("valid_from")));
        }
        if (start == null) {
            return null;
        }
        ZoneId zone = defaultZone;
        if (schedule.path("timezone").isNumber()) {
            double hours = schedule.get("timezone").asDouble();
            if (hours < -18 || hours > 18) {
                throw new RecordException("has a timezone offset out of range");
            }
            zone = ZoneOffset.ofTotalSeconds((int) Math.round(hours * 3600));
        }
        LocalTime opens = time(text(schedule.get("opens_at")));
        LocalTime closes = time(text(schedule.get("closes_at")));
        boolean allDay = opens == null;
        Duration duration;
        if (allDay) {
            duration = Duration.ofDays(1);
        } else if (closes == null) {
            duration = Duration.ZERO;
        } else {
            duration = Duration.between(opens, closes);
            if (duration.isNegative()) {
                // Closing after midnight.
                duration = duration.plusDays(1);
            }
        }
        LocalDateTime firstStart = start.atTime(allDay ? LocalTime.MIDNIGHT : opens);
        String freq = text(schedule.get("freq"));
        if (freq == null) {
            return ImportedSchedule.single(firstStart, duration, allDay, zone);
        }
        freq = freq.toUpperCase(Locale.ROOT);
        if (!FREQUENCIES.contains(freq)) {
            throw new RecordException("has an unknown schedule freq '" + Texts.truncate(freq, 20) + "'");
        }
        StringBuilder rule = new StringBuilder("FREQ=").append(freq);
        LocalDate until = date(text(schedule.get("until")));
        if (until == null) {
            until = date(text(schedule.get("valid_to")));
        }
        if (until != null) {
            rule.append(";UNTIL=").append(String.format(Locale.ROOT, "%04d%02d%02dT235959", until.getYear(),
                    until.getMonthValue(), until.getDayOfMonth()));
        } else if (schedule.path("count").canConvertToInt() && schedule.get("count").asInt() > 0) {
            rule.append(";COUNT=").append(schedule.get("count").asInt());
        }
        if (schedule.path("interval").canConvertToInt() && schedule.get("interval").asInt() > 1) {
            rule.append(";INTERVAL=").append(schedule.get("interval").asInt());
        }
        String byday = upper(text(schedule.get("byday")));
        if (byday != null && Arrays.stream(byday.split(",")).allMatch(d -> BYDAY.matcher(d.strip()).matches())) {
            rule.append(";BYDAY=").append(byday.replace(" ", ""));
        }
        appendNumbers(rule, "BYMONTHDAY", text(schedule.get("bymonthday")),
                freq.equals("MONTHLY") || freq.equals("YEARLY"));
        appendNumbers(rule, "BYWEEKNO", text(schedule.get("byweekno")), freq.equals("YEARLY"));
        appendNumbers(rule, "BYYEARDAY", text(schedule.get("byyearday")), freq.equals("YEARLY"));
        String wkst = upper(text(schedule.get("wkst")));
        if (wkst != null && BYDAY.matcher(wkst).matches() && wkst.length() == 2) {
            rule.append(";WKST=").append(wkst);
        }
        return new ImportedSchedule(firstStart, duration, allDay, rule.toString(), zone, new TreeSet<>(),
                new TreeSet<>(), new TreeSet<>());
    }

    private static void appendNumbers(StringBuilder rule, String part, String value, boolean allowed) {
        if (allowed && value != null && NUMBERS.matcher(value.replace(" ", "")).matches()) {
            rule.append(';').append(part).append('=').append(value.replace(" ", ""));
        }
    }

    /** Free when every cost option costs nothing; else the first option's amount, or the fees description. */
    private static void cost(JsonNode service, ImportedActivity.Builder builder, FeedSession session) {
        JsonNode options = service.path("cost_options");
        if (options.isArray() && !options.isEmpty()) {
            boolean free = true;
            String price = null;
            for (JsonNode option : options) {
                BigDecimal amount = option.path("amount").isNumber() ? option.get("amount").decimalValue() : null;
                if (amount == null || amount.signum() != 0) {
                    free = false;
                    if (price == null && amount != null) {
                        String currency = text(option.get("currency"));
                        String detail = text(option.get("amount_description"));
                        price = amount.stripTrailingZeros().toPlainString()
                                + (currency == null ? "" : " " + currency.toUpperCase(Locale.ROOT))
                                + (detail == null ? "" : " " + detail);
                    }
                }
            }
            builder.free(free);
            if (!free) {
                builder.price(inLanguage(price != null ? price : text(service.get("fees_description")), session));
            }
        } else if (text(service.get("fees_description")) != null) {
            builder.price(inLanguage(text(service.get("fees_description")), session));
        }
    }

    /** The physical address first, then any. */
    private JsonNode address(JsonNode addresses) {
        JsonNode any = null;
        for (JsonNode address : addresses) {
            if ("physical".equalsIgnoreCase(text(address.get("address_type")))) {
                return address;
            }
            if (any == null) {
                any = address;
            }
        }
        return any == null ? json.createObjectNode() : any;
    }

    private JsonNode first(JsonNode... lists) {
        for (JsonNode list : lists) {
            if (list.isArray() && !list.isEmpty() && list.get(0).isObject()) {
                return list.get(0);
            }
        }
        return json.createObjectNode();
    }

    /** Phone numbers in the examples come wrapped in quotes; they are taken off. */
    private static String phoneNumber(String number) {
        return number == null ? null : number.replace("\"", "").strip();
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

    private static LocalizedText inLanguage(String text, FeedSession session) {
        if (text == null) {
            return null;
        }
        return switch (session.language()) {
            case FI -> LocalizedText.of(text, null, null);
            case SV -> LocalizedText.of(null, text, null);
            case EN -> LocalizedText.of(null, null, text);
        };
    }

    private static LocalDate date(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeException e) {
            throw new RecordException("has an unreadable schedule date '" + Texts.truncate(value, 30) + "'");
        }
    }

    private static LocalTime time(String value) {
        if (value == null) {
            return null;
        }
        String text = value.length() > 8 ? value.substring(0, 8) : value;
        try {
            return LocalTime.parse(text);
        } catch (DateTimeException e) {
            throw new RecordException("has an unreadable opening time '" + Texts.truncate(value, 20) + "'");
        }
    }

    private static Double decimal(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        try {
            return Double.valueOf(node.asText());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer integer(JsonNode node) {
        return node != null && !node.isNull() && node.canConvertToInt() ? node.asInt() : null;
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT).strip();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() || node.asText().isBlank() ? null
                : node.asText().strip();
    }

    private static String excerpt(JsonNode node) {
        return Texts.truncate(node.toString(), EXCERPT);
    }
}
