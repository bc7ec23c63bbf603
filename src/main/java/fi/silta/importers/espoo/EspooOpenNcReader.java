package fi.silta.importers.espoo;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import fi.silta.common.Language;
import fi.silta.common.LocalizedText;
import fi.silta.importers.FeedException;
import fi.silta.importers.FeedSession;
import fi.silta.importers.ImportedActivity;
import fi.silta.importers.ImportedPlace;
import fi.silta.importers.KeywordMap;
import fi.silta.importers.ListedDates;
import fi.silta.importers.ListedDates.Session;
import fi.silta.importers.ParsedFeed;
import fi.silta.importers.RecordException;
import fi.silta.importers.RecordFailure;
import fi.silta.importers.Texts;

/**
 * Espoo's OpenNC content API (OData JSON, {@code {"odata.metadata": ..., "value": [...]}}), one of the feeds
 * Linked Events aggregates. Each content item is one event in one language ({@code LanguageId} 1 Finnish, 2
 * Swedish, 3 English); its fields are {@code ExtendedProperties} by name, its audiences and topics are
 * {@code Classifications}.
 */
public final class EspooOpenNcReader {

    private static final int TARGET_GROUP = 43;
    private static final int TOPIC = 7;
    private static final Pattern ADDRESS = Pattern.compile("^(.*?),?\\s*(\\d{5})\\s+(.+)$");
    private static final int EXCERPT = 500;

    private EspooOpenNcReader() {
    }

    public static boolean looksLike(JsonNode root) {
        return root.isObject() && root.path("value").isArray()
                && (root.has("odata.metadata") || root.path("value").path(0).has("ContentId"));
    }

    public static ParsedFeed read(JsonNode root, FeedSession session) throws FeedException {
        List<ImportedActivity> records = new ArrayList<>();
        List<RecordFailure> failures = new ArrayList<>();
        session.checkRecordCount(root.path("value").size());
        for (JsonNode item : root.path("value")) {
            session.checkTime();
            String id = text(item.get("ContentId"));
            String originId = id == null ? null : "espoo:" + id;
            try {
                records.add(record(originId, item, session));
            } catch (RecordException e) {
                failures.add(new RecordFailure(originId, e.getMessage(), excerpt(item)));
            } catch (RuntimeException e) {
                failures.add(new RecordFailure(originId, "could not be read (" + e.getClass().getSimpleName() + ")",
                        excerpt(item)));
            }
        }
        return new ParsedFeed(records, failures);
    }

    private static ImportedActivity record(String originId, JsonNode item, FeedSession session) {
        if (originId == null) {
            throw new RecordException("has no ContentId");
        }
        Map<String, String> properties = new HashMap<>();
        for (JsonNode property : item.path("ExtendedProperties")) {
            String name = text(property.get("Name"));
            String value = text(property.get("Text"));
            if (name != null && value != null) {
                properties.putIfAbsent(name, value);
            }
        }
        Language language = switch (item.path("LanguageId").asInt(0)) {
            case 1 -> Language.FI;
            case 2 -> Language.SV;
            case 3 -> Language.EN;
            default -> session.language();
        };
        String title = properties.containsKey("name") ? properties.get("name") : text(item.get("Subject"));
        ImportedActivity.Builder builder = ImportedActivity.builder(originId)
                .title(in(language, title))
                .summary(in(language, properties.get("LiftContent")))
                .description(in(language, properties.get("EventDescription")))
                .infoUrl(properties.get("URL"))
                .language(language.code())
                .excerpt(excerpt(item));
        String placeName = properties.get("EventLocation");
        String address = properties.get("StreetAddress");
        if (placeName != null || address != null) {
            String street = address;
            String postalCode = null;
            String locality = null;
            Matcher matcher = address == null ? null : ADDRESS.matcher(address.strip());
            if (matcher != null && matcher.matches()) {
                street = matcher.group(1).strip();
                postalCode = matcher.group(2);
                locality = matcher.group(3).strip();
            }
            builder.place(ImportedPlace.of(LocalizedText.of(placeName != null ? placeName : street, null, null),
                    street, postalCode, locality, null, null));
        }
        String price = properties.get("Price");
        builder.free(false).price(in(language, price));
        builder.contact(null, null, properties.get("PrimaryPhoneNumber"));
        KeywordMap.Matches matches = session.keywords().matches();
        for (JsonNode classification : item.path("Classifications")) {
            int type = classification.path("Type").asInt();
            if (type == TARGET_GROUP || type == TOPIC) {
                matches.word(text(classification.get("NodeName")));
            }
        }
        builder.categories(matches.categories()).targetGroups(matches.targetGroups());
        String start = text(item.get("EventStartDate"));
        String end = text(item.get("EventEndDate"));
        if (start == null) {
            throw new RecordException("has no EventStartDate");
        }
        try {
            LocalDateTime from = LocalDateTime.parse(start);
            LocalDateTime to = end == null ? from : LocalDateTime.parse(end);
            ListedDates.schedules(List.of(new Session(from, Duration.between(from, to), false)), session.zone())
                    .forEach(builder::schedule);
        } catch (DateTimeParseException e) {
            throw new RecordException("has an unreadable EventStartDate or EventEndDate");
        }
        return builder.build();
    }

    private static LocalizedText in(Language language, String text) {
        if (text == null) {
            return null;
        }
        return switch (language) {
            case FI -> LocalizedText.of(text, null, null);
            case SV -> LocalizedText.of(null, text, null);
            case EN -> LocalizedText.of(null, null, text);
        };
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText().strip();
    }

    private static String excerpt(JsonNode item) {
        return Texts.truncate(item.toString(), EXCERPT);
    }
}
