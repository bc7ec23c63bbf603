package fi.silta.importers;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fi.silta.catalogue.Category;
import fi.silta.catalogue.CategoryRepository;
import fi.silta.catalogue.TargetGroup;
import fi.silta.catalogue.TargetGroupRepository;

/** Loads the keyword mapping for a run. */
@ApplicationScoped
public class KeywordMaps {

    private final EntityManager entityManager;
    private final CategoryRepository categories;
    private final TargetGroupRepository targetGroups;

    KeywordMaps(EntityManager entityManager, CategoryRepository categories, TargetGroupRepository targetGroups) {
        this.entityManager = entityManager;
        this.categories = categories;
        this.targetGroups = targetGroups;
    }

    @Transactional
    public KeywordMap load() {
        KeywordMap.Builder builder = KeywordMap.builder();
        // The taxonomy's own codes and labels always match: "PHYSICAL_ACTIVITY", "Liikunta", "Motion".
        for (Category category : categories.listAll()) {
            builder.category(KeywordMap.TEXT, category.code(), category.code());
            builder.category(KeywordMap.TEXT, category.label().fi(), category.code());
            builder.category(KeywordMap.TEXT, category.label().sv(), category.code());
            builder.category(KeywordMap.TEXT, category.label().en(), category.code());
        }
        for (TargetGroup group : targetGroups.listAll()) {
            builder.targetGroup(KeywordMap.TEXT, group.code(), group.code());
            builder.targetGroup(KeywordMap.TEXT, group.label().fi(), group.code());
            builder.targetGroup(KeywordMap.TEXT, group.label().sv(), group.code());
            builder.targetGroup(KeywordMap.TEXT, group.label().en(), group.code());
        }
        List<Object[]> rows = entityManager.createNativeQuery(
                "SELECT scheme, keyword, category_code, target_group_code FROM import_keyword_mapping", Object[].class)
                .getResultList();
        for (Object[] row : rows) {
            String scheme = (String) row[0];
            String keyword = (String) row[1];
            if (row[2] != null) {
                builder.category(scheme, keyword, (String) row[2]);
            }
            if (row[3] != null) {
                builder.targetGroup(scheme, keyword, (String) row[3]);
            }
        }
        return builder.build();
    }
}
