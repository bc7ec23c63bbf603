package fi.silta.importers.lippupiste;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.silta.importers.FeedException;
import fi.silta.importers.FeedImporter;
import fi.silta.importers.FeedJson;
import fi.silta.importers.FeedSession;
import fi.silta.importers.ParsedFeed;
import fi.silta.importers.SourceType;

/** Lippupiste's (Lippu.fi) event list, one JSON document. See {@link LippupisteReader} for the mapping. */
@ApplicationScoped
public class LippupisteImporter implements FeedImporter {

    private final ObjectMapper json;

    @Inject
    LippupisteImporter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public SourceType type() {
        return SourceType.LIPPUPISTE;
    }

    @Override
    public ParsedFeed read(FeedSession session) throws FeedException {
        JsonNode root = FeedJson.read(json, session.fetch(session.url()), "a Lippupiste event list");
        if (!LippupisteReader.looksLike(root)) {
            throw new FeedException("Not a Lippupiste event list: it has no EventCalendar and Events");
        }
        return LippupisteReader.read(root, session);
    }
}
