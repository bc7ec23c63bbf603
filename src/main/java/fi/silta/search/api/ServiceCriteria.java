package fi.silta.search.api;

import java.util.Set;

/**
 * What a search asks of services: the words (Finnish by stem and compound part, as for activities), and the filters
 * that fit a service. A service matches a municipality it is given in, any of the categories and any of the target
 * groups; {@code free} null means either.
 *
 * @param page the page, from 1
 */
public record ServiceCriteria(String text, Set<String> municipalities, Set<String> categories,
        Set<String> targetGroups, Boolean free, int page, int size) {

    public ServiceCriteria {
        municipalities = municipalities == null ? Set.of() : Set.copyOf(municipalities);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        targetGroups = targetGroups == null ? Set.of() : Set.copyOf(targetGroups);
    }
}
