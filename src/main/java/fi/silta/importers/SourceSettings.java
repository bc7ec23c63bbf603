package fi.silta.importers;

import java.util.Set;
import java.util.TreeSet;

import fi.silta.catalogue.Category;
import fi.silta.catalogue.TargetGroup;
import fi.silta.common.Language;

/** A source's settings as a run reads them once at its start; no entity leaves the run's transactions. */
public record SourceSettings(long sourceId, long organisationId, String name, SourceType type, String url, Language language,
        String defaultMunicipality, Set<String> defaultCategories, Set<String> defaultTargetGroups) {

    static SourceSettings of(ImportSource source) {
        Set<String> categories = new TreeSet<>();
        source.defaultCategories().stream().map(Category::code).forEach(categories::add);
        Set<String> groups = new TreeSet<>();
        source.defaultTargetGroups().stream().map(TargetGroup::code).forEach(groups::add);
        return new SourceSettings(source.id(), source.organisation().id(), source.name(), source.type(), source.url(),
                source.defaultLanguage(),
                source.defaultMunicipality() == null ? null : source.defaultMunicipality().code(),
                Set.copyOf(categories), Set.copyOf(groups));
    }
}
