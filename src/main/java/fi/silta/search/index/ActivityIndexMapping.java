package fi.silta.search.index;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.ObjectStructure;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

import io.quarkus.hibernate.search.orm.elasticsearch.SearchExtension;

import fi.silta.catalogue.Activity;
import fi.silta.catalogue.Category;
import fi.silta.catalogue.Occurrence;
import fi.silta.catalogue.Place;
import fi.silta.catalogue.TargetGroup;
import fi.silta.common.LocalizedText;
import fi.silta.search.analysis.SearchAnalyzers;

/**
 * How activities are put into the {@code activity} index, declared here rather than on the entities so that the
 * catalogue and the shared text type know nothing of search. Field names, analysers and options are those of
 * docs/search.md; values computed from several properties come from the bridges next to this class, each naming
 * what it reads so the index follows every change to it.
 * <p>
 * {@code @Indexed} itself stays on {@link Activity}: Quarkus starts Hibernate Search only for a persistence unit
 * with an entity annotated so.
 */
@SearchExtension
public class ActivityIndexMapping implements HibernateOrmSearchMappingConfigurer {

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
        activity(mapping.type(Activity.class));
        occurrence(mapping.type(Occurrence.class));
        texts(mapping.type(LocalizedText.class));

        TypeMappingStep category = mapping.type(Category.class);
        category.property("code").keywordField().aggregable(Aggregable.YES);
        category.property("label").indexedEmbedded();
        mapping.type(TargetGroup.class).property("code").keywordField().aggregable(Aggregable.YES);
        // Municipalities are reference data and never change under an activity.
        mapping.type(Place.class).property("municipality").indexingDependency()
                .reindexOnUpdate(ReindexOnUpdate.SHALLOW);
    }

    private static void activity(TypeMappingStep activity) {
        activity.binder(new ActivityFactsBinder());
        // What a result list shows, so a search needs nothing from PostgreSQL.
        activity.binder(new ActivityHitBinder());
        // A tie-breaker for stable paging; the document id itself cannot be sorted on.
        activity.property("id").genericField("id_sort").sortable(Sortable.YES).searchable(Searchable.NO);
        // Organisations rarely change their name or type; whoever changes them reindexes their activities.
        activity.property("organisation").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        activity.property("ongoing").genericField();
        activity.property("title").indexedEmbedded();
        activity.property("summary").indexedEmbedded();
        activity.property("description").indexedEmbedded();
        // The plain-language (selkokieli, lättläst) title and summary, analysed as the ordinary texts.
        activity.property("easyReadTitle").indexedEmbedded();
        activity.property("easyRead").indexedEmbedded();
        // Category names are searched as text; target groups are only filtered and counted.
        activity.property("categories").indexedEmbedded().includePaths("code", "label.fi", "label.sv", "label.en")
                .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        activity.property("targetGroups").indexedEmbedded().includePaths("code")
                .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        activity.property("languages").keywordField().aggregable(Aggregable.YES);
        activity.property("free").genericField().aggregable(Aggregable.YES);
        activity.property("online").genericField();
        // The age range; an open end (null) is no limit.
        activity.property("ageMin").genericField();
        activity.property("ageMax").genericField();
        activity.property("status").keywordField();
        // Nested, so that date, weekday and time-of-day filters apply to one and the same session.
        activity.property("occurrences").indexedEmbedded().structure(ObjectStructure.NESTED);
    }

    private static void occurrence(TypeMappingStep occurrence) {
        occurrence.binder(new SessionTimeBinder());
        occurrence.property("startsAt").genericField().sortable(Sortable.YES);
        occurrence.property("endsAt").genericField();
        occurrence.property("cancelled").genericField();
    }

    /**
     * Each language gets its stemmed field (exact stems, synonyms at query time) and a prefix field of edge n-grams
     * for partial matches; the Finnish prefix field also holds compound tails ({@link FinnishPrefixBinder}).
     */
    private static void texts(TypeMappingStep text) {
        text.binder(new FinnishPrefixBinder());
        text.property("fi").fullTextField().analyzer(SearchAnalyzers.FI).searchAnalyzer(SearchAnalyzers.FI_SEARCH);
        text.property("sv").fullTextField().analyzer(SearchAnalyzers.SV).searchAnalyzer(SearchAnalyzers.SV_SEARCH)
                .fullTextField("sv_prefix").analyzer(SearchAnalyzers.PREFIX)
                .searchAnalyzer(SearchAnalyzers.PREFIX_SEARCH);
        text.property("en").fullTextField().analyzer(SearchAnalyzers.EN).searchAnalyzer(SearchAnalyzers.EN_SEARCH)
                .fullTextField("en_prefix").analyzer(SearchAnalyzers.PREFIX)
                .searchAnalyzer(SearchAnalyzers.PREFIX_SEARCH);
    }
}
