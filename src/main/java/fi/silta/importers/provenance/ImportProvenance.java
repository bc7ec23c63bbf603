package fi.silta.importers.provenance;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.silta.importers.ActivityOrigin;
import fi.silta.importers.ActivityOriginRepository;
import fi.silta.importers.ImportSource;

/**
 * What other features may ask about where an activity came from, without reaching into the importers' own
 * records. Publishing asks it before an edit: an imported listing is kept at its source, and an edit in Silta
 * would be overwritten by the next import.
 */
@ApplicationScoped
public class ImportProvenance {

    private final ActivityOriginRepository origins;

    ImportProvenance(ActivityOriginRepository origins) {
        this.origins = origins;
    }

    /** Whether any import source has delivered the activity. */
    @Transactional
    public boolean isImported(long activityId) {
        return importedFrom(activityId).isPresent();
    }

    /**
     * The name of the import source the activity first came from, or empty for a listing written in Silta (the
     * demo catalogue's included).
     */
    @Transactional
    public Optional<String> importedFrom(long activityId) {
        return origins.find("activity.id = ?1 order by id", activityId).firstResultOptional()
                .map(ActivityOrigin::source).map(ImportSource::name);
    }
}
