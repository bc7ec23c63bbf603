package fi.silta.catalogue;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the activity catalogue. */
@ConfigMapping(prefix = "silta.catalogue")
public interface CatalogueConfig {

    /**
     * How many days ahead schedules are expanded into concrete occurrences. Long enough for a nurse to
     * pick a session weeks ahead; a nightly job moves the window on.
     */
    @WithDefault("180")
    int occurrenceWindowDays();

    /** How many upcoming occurrences an activity shows in lists and on its own page. */
    @WithDefault("5")
    int nextOccurrences();

    /** The page size when a caller asks for none; the largest is search.api.ActivitySearchParams#MAX_PAGE_SIZE. */
    @WithDefault("20")
    int defaultPageSize();
}
