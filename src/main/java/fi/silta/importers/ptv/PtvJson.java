package fi.silta.importers.ptv;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import fi.silta.common.LocalizedText;

/**
 * PTV's ways of writing texts: localized lists ({@code [{"type": "Name", "language": "fi", "value": "…"}]}) and
 * language items ({@code [{"language": "sv", "value": "…"}]}).
 */
final class PtvJson {

    private PtvJson() {
    }

    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || node.isContainerNode()) {
            return null;
        }
        String text = node.asText().strip();
        return text.isEmpty() ? null : text;
    }

    /** The items of one of the given types (the first type that has any), in fi, sv and en. */
    static LocalizedText localized(JsonNode list, String... types) {
        for (String type : types) {
            LocalizedText text = LocalizedText.of(value(list, type, "fi"), value(list, type, "sv"),
                    value(list, type, "en"));
            if (!text.isEmpty()) {
                return text;
            }
        }
        return null;
    }

    /** Language items without a type, in fi, sv and en. */
    static LocalizedText languageItems(JsonNode list) {
        LocalizedText text = LocalizedText.of(value(list, null, "fi"), value(list, null, "sv"),
                value(list, null, "en"));
        return text.isEmpty() ? null : text;
    }

    /** The first item's value in the language, else in Finnish, else any. */
    static String preferred(JsonNode list, String language) {
        String value = value(list, null, language);
        if (value == null) {
            value = value(list, null, "fi");
        }
        if (value == null && list.isArray()) {
            for (JsonNode item : list) {
                value = value != null ? value : text(item.get("value"));
            }
        }
        return value;
    }

    private static String value(JsonNode list, String type, String language) {
        if (list == null || !list.isArray()) {
            return null;
        }
        for (JsonNode item : list) {
            boolean typeMatches = type == null || type.equalsIgnoreCase(text(item.get("type")));
            String itemLanguage = text(item.get("language"));
            if (typeMatches && itemLanguage != null && language.equals(itemLanguage.toLowerCase(Locale.ROOT))) {
                String value = text(item.get("value"));
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }
}
