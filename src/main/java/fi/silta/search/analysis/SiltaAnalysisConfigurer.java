package fi.silta.search.analysis;

import java.util.List;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

import io.quarkus.hibernate.search.orm.elasticsearch.SearchExtension;

/**
 * The analysers of Silta's index, built only from what a stock OpenSearch or Elasticsearch ships
 * (standard tokenizer, Snowball stemmers, ASCII folding, edge n-grams, synonym graphs), so no plugin or
 * native install is needed anywhere. Finnish morphology the stemmer misses is added in Java by
 * {@link FinnishMorphology}, at index time (compound tails) and at query time (stem prefixes).
 * Synonym lists are read from the classpath and sent inline, so a production cluster needs no files.
 */
@SearchExtension
public class SiltaAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("silta_fi_stemmer").type("stemmer").param("language", "finnish");
        context.tokenFilter("silta_sv_stemmer").type("stemmer").param("language", "swedish");
        context.tokenFilter("silta_en_stemmer").type("stemmer").param("language", "english");
        context.tokenFilter("silta_en_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("silta_fi_synonyms").type("synonym_graph")
                .param("synonyms", synonyms("search/synonyms-fi.txt"));
        context.tokenFilter("silta_sv_synonyms").type("synonym_graph")
                .param("synonyms", synonyms("search/synonyms-sv.txt"));
        context.tokenFilter("silta_en_synonyms").type("synonym_graph")
                .param("synonyms", synonyms("search/synonyms-en.txt"));
        context.tokenFilter("silta_edge_ngram").type("edge_ngram")
                .param("min_gram", 3)
                .param("max_gram", 20);

        // Folding comes first so that a query typed without ä or ö analyses exactly like the text with them.
        context.analyzer(SearchAnalyzers.FI).custom().tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "silta_fi_stemmer");
        context.analyzer(SearchAnalyzers.FI_SEARCH).custom().tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "silta_fi_synonyms", "silta_fi_stemmer");
        context.analyzer(SearchAnalyzers.SV).custom().tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "silta_sv_stemmer");
        context.analyzer(SearchAnalyzers.SV_SEARCH).custom().tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "silta_sv_synonyms", "silta_sv_stemmer");
        context.analyzer(SearchAnalyzers.EN).custom().tokenizer("standard")
                .tokenFilters("lowercase", "silta_en_possessive", "asciifolding", "silta_en_stemmer");
        context.analyzer(SearchAnalyzers.EN_SEARCH).custom().tokenizer("standard")
                .tokenFilters("lowercase", "silta_en_possessive", "asciifolding", "silta_en_synonyms",
                        "silta_en_stemmer");
        context.analyzer(SearchAnalyzers.PREFIX).custom().tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "silta_edge_ngram");
        context.analyzer(SearchAnalyzers.PREFIX_SEARCH).custom().tokenizer("whitespace")
                .tokenFilters("lowercase", "asciifolding");
        context.analyzer(SearchAnalyzers.NAME).custom().tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "silta_fi_stemmer");
    }

    /** Solr-format synonym lines, comments and blank lines dropped. */
    static String[] synonyms(String resource) {
        List<String> lines = FinnishMorphology.readWordList(resource);
        return lines.toArray(String[]::new);
    }
}
