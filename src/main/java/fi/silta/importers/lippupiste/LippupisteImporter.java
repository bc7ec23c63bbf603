package fi.silta.importers.lippupiste;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.silta.importers.FeedException;
import fi.silta.importers.FeedImporter;
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
        JsonNode root;
        try {
            root = json.readTree(session.fetch(session.url()).body());
        } catch (IOException e) {
            throw new FeedException("Not a Lippupiste event list: not JSON");
        }
        if (!LippupisteReader.looksLike(root)) {
            throw new FeedException("Not a Lippupiste event list: it has no EventCalendar and Events");
        }
        return LippupisteReader.read(root, session);
    }
}
