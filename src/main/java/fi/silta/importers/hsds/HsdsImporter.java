package fi.silta.importers.hsds;

import static fi.silta.importers.hsds.HsdsJson.text;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
import fi.silta.importers.hsds.HsdsDocuments.Offer;

/**
 * Open Referral HSDS 3.0 JSON: a service, an organization with its services, a service at a location, a page
 * of any of these ({@code contents}), or the tabular form (one array per CSV table). Each service at a location
 * is one activity; a service without locations is one activity named by the service's id. See
 * docs/importers.md for the field mapping.
 */
@ApplicationScoped
public class HsdsImporter implements FeedImporter {

    private static final int EXCERPT = 500;

    private final ObjectMapper json;
    private final HsdsDocuments documents;

    @Inject
    HsdsImporter(ObjectMapper json) {
        this.json = json;
        this.documents = new HsdsDocuments(json);
    }

    /** For tests without a container. */
    public HsdsImporter() {
        this(new ObjectMapper());
    }

    @Override
    public SourceType type() {
        return SourceType.HSDS;
    }

    @Override
    public ParsedFeed read(FeedSession session) throws FeedException {
        HsdsDocuments.Reading reading = new HsdsDocuments.Reading();
        URI page = session.url();
        JsonNode first = null;
        while (page != null) {
            FetchedFeed fetched = session.fetch(page);
            JsonNode root = documents.parse(fetched);
            first = first == null ? root : first;
            documents.collect(root, reading, session, fetched.uri());
            session.checkRecordCount(reading.offers.size());
            page = HsdsDocuments.nextPage(root, fetched.uri());
        }
        return map(reading, first, session);
    }

    /** Reads one document without fetching more; public for tests that read the examples as files. */
    public ParsedFeed read(JsonNode root, FeedSession session) throws FeedException {
        HsdsDocuments.Reading reading = new HsdsDocuments.Reading();
        documents.collect(root, reading, null, session.url());
        return map(reading, root, session);
    }

    private ParsedFeed map(HsdsDocuments.Reading reading, JsonNode first, FeedSession session)
            throws FeedException {
        if (reading.offers.isEmpty() && reading.inactive == 0) {
            // Any JSON passes as some HSDS shape; a feed with no service in it is the wrong feed.
            throw new FeedException(HsdsDocuments.nothingFound(reading, first));
        }
        List<Offer> offers = reading.offers;
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
            ImportedSchedule imported = HsdsSchedules.schedule(schedule, session.zone());
            if (imported != null) {
                builder.schedule(imported);
            }
        }
        if (!builder.hasSchedules()) {
            throw new RecordException("has no schedule Silta can read: each needs a dtstart or valid_from date");
        }
        return builder.build();
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

    private static String excerpt(JsonNode node) {
        return Texts.truncate(node.toString(), EXCERPT);
    }
}
