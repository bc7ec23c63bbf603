package fi.silta.importers.espoo;

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

/** Espoo's OpenNC content API, one document of OData JSON. See {@link EspooOpenNcReader} for the mapping. */
@ApplicationScoped
public class EspooImporter implements FeedImporter {

    private final ObjectMapper json;

    @Inject
    EspooImporter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public SourceType type() {
        return SourceType.ESPOO;
    }

    @Override
    public ParsedFeed read(FeedSession session) throws FeedException {
        JsonNode root = FeedJson.read(json, session.fetch(session.url()), "Espoo OpenNC content");
        if (!EspooOpenNcReader.looksLike(root)) {
            throw new FeedException("Not Espoo OpenNC content: it has no value list of content items");
        }
        return EspooOpenNcReader.read(root, session);
    }
}
