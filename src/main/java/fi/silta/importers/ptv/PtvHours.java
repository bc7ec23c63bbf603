package fi.silta.importers.ptv;

import static fi.silta.importers.ptv.PtvJson.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import fi.silta.common.LocalizedText;

/**
 * A channel's regular opening hours (V11VmOpenApiServiceHour with its {@code openingHour} days) as one line per
 * language: "ma–pe 8.00–15.00", "mån–fre 8.00–15.00", "Mon–Fri 8:00–15:00". Hours valid only for a period, exception
 * days and closed days are left out.
 */
final class PtvHours {

    private static final List<String> DAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Map<String, List<String>> NAMES = Map.of(
            "fi", List.of("ma", "ti", "ke", "to", "pe", "la", "su"),
            "sv", List.of("mån", "tis", "ons", "tor", "fre", "lör", "sön"),
            "en", List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"));

    private PtvHours() {
    }

    /** @return null when the channel gives no regular hours Silta can read */
    static LocalizedText of(JsonNode serviceHours) {
        List<String[]> spans = new ArrayList<>();
        for (JsonNode hours : serviceHours) {
            String type = text(hours.get("serviceHourType"));
            boolean regular = type == null || "DaysOfTheWeek".equalsIgnoreCase(type) || "Standard".equalsIgnoreCase(type);
            if (!regular || hours.path("isClosed").asBoolean(false) || text(hours.get("validTo")) != null) {
                continue;
            }
            for (JsonNode day : hours.path("openingHour")) {
                if (day.path("isExtra").asBoolean(false)) {
                    continue;
                }
                int from = DAYS.indexOf(lower(text(day.get("dayFrom"))));
                int to = DAYS.indexOf(lower(text(day.get("dayTo"))));
                String opens = time(text(day.get("from")));
                String closes = time(text(day.get("to")));
                if (from >= 0 && opens != null && closes != null) {
                    spans.add(new String[] { String.valueOf(from), String.valueOf(to < 0 ? from : to), opens, closes });
                }
            }
        }
        if (spans.isEmpty()) {
            return null;
        }
        return LocalizedText.of(render(spans, "fi", "."), render(spans, "sv", "."), render(spans, "en", ":"));
    }

    private static String render(List<String[]> spans, String language, String separator) {
        List<String> parts = new ArrayList<>();
        for (String[] span : spans) {
            int from = Integer.parseInt(span[0]);
            int to = Integer.parseInt(span[1]);
            String days = NAMES.get(language).get(from) + (to == from ? "" : "–" + NAMES.get(language).get(to));
            parts.add(days + " " + span[2].replace(":", separator) + "–" + span[3].replace(":", separator));
        }
        return String.join(", ", parts);
    }

    /** "08:00:00" → "8:00"; anything else is not a time. */
    private static String time(String value) {
        if (value == null || !value.matches("\\d{1,2}:\\d{2}(:\\d{2})?")) {
            return null;
        }
        String[] parts = value.split(":");
        return Integer.parseInt(parts[0]) + ":" + parts[1];
    }

    private static String lower(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }
}
