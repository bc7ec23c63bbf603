package fi.silta.search;

import fi.silta.common.Language;
import fi.silta.search.api.ServiceCriteria;
import fi.silta.search.api.ServiceResults;

/**
 * Finds the catalogue's ongoing services for the search page, beside its activities. The search feature never
 * depends on the services: the services feature implements this interface (it already uses the search's analysers),
 * and the page asks for services only when an implementation is there.
 */
public interface ServiceFinder {

    /** Published services matching the criteria, best match first; never anything for professionals only. */
    ServiceResults find(ServiceCriteria criteria, Language language);
}
