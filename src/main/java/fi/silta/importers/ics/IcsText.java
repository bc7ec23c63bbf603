package fi.silta.importers.ics;

import java.util.ArrayList;
import java.util.List;

/** RFC 5545 TEXT values: escaped backslashes, commas, semicolons and newlines. */
final class IcsText {

    private IcsText() {
    }

    static String unescape(String value) {
        if (value == null || value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                switch (next) {
                    case 'n', 'N' -> out.append('\n');
                    case ',', ';', '\\', ':', '"' -> out.append(next);
                    default -> out.append('\\').append(next);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A comma-separated list of TEXT values (CATEGORIES), split on unescaped commas. */
    static List<String> list(String value) {
        List<String> items = new ArrayList<>();
        if (value == null) {
            return items;
        }
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                current.append(c).append(value.charAt(++i));
            } else if (c == ',') {
                items.add(unescape(current.toString()).strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        items.add(unescape(current.toString()).strip());
        items.removeIf(String::isEmpty);
        return items;
    }
}
