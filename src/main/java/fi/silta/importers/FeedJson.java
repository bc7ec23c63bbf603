package fi.silta.importers;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one way a JSON feed's document is read: as UTF-8, or as Windows-1252 when it is not valid UTF-8 (a
 * feed exported from an old system), so one stray byte does not cost the whole feed. An empty document and
 * one that is not JSON fail the feed with a reason that says so.
 */
public final class FeedJson {

    private FeedJson() {
    }

    /**
     * @param what what the feed should be, for the reason ("HSDS JSON", "a Linked Events API response")
     */
    public static JsonNode read(ObjectMapper json, FetchedFeed fetched, String what) throws FeedException {
        String text = fetched.textGuessingLegacyEncoding();
        if (text.isBlank()) {
            throw new FeedException("The feed is empty: " + AddressGuard.describe(fetched.uri())
                    + " sent no content, where " + what + " was expected");
        }
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new FeedException("Not " + what + ": not JSON"
                    + (at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ")"));
        }
        if (root == null || root.isMissingNode()) {
            throw new FeedException("The feed is empty: no JSON document, where " + what + " was expected");
        }
        return root;
    }
}
