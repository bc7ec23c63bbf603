package fi.silta.importers.hsds;

import com.fasterxml.jackson.databind.JsonNode;

/** The one way HSDS values are read as text: blank, null and nested values are no text. */
final class HsdsJson {

    private HsdsJson() {
    }

    static String text(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() || node.asText().isBlank() ? null
                : node.asText().strip();
    }
}
