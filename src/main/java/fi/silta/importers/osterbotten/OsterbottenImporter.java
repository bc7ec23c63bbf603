package fi.silta.importers.osterbotten;

import jakarta.enterprise.context.ApplicationScoped;

import fi.silta.importers.FeedException;
import fi.silta.importers.FeedImporter;
import fi.silta.importers.FeedSession;
import fi.silta.importers.ParsedFeed;
import fi.silta.importers.SourceType;

/**
 * The Österbotten events calendar's XML service, asked exactly as the source URL says; its other languages are
 * asked by changing the URL's locale. See {@link OsterbottenXmlReader} for the mapping.
 */
@ApplicationScoped
public class OsterbottenImporter implements FeedImporter {

    @Override
    public SourceType type() {
        return SourceType.OSTERBOTTEN;
    }

    @Override
    public ParsedFeed read(FeedSession session) throws FeedException {
        return OsterbottenXmlReader.read(session.fetch(session.url()), session);
    }
}
