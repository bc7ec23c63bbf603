package fi.silta.search.index;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import fi.silta.common.LocalizedText;
import fi.silta.search.analysis.FinnishMorphology;
import fi.silta.search.analysis.SearchAnalyzers;

/**
 * The Finnish text's prefix field, {@code fi_prefix}: the text with the compound heads found in its words added as
 * words of their own, so that "jumppa" finds "tuolijumppaan".
 */
class FinnishPrefixBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("fi");
        IndexFieldReference<String> prefix = context.indexSchemaElement()
                .field("fi_prefix", f -> f.asString().analyzer(SearchAnalyzers.PREFIX)
                        .searchAnalyzer(SearchAnalyzers.PREFIX_SEARCH))
                .toReference();
        context.bridge(LocalizedText.class, new Bridge(prefix));
    }

    private record Bridge(IndexFieldReference<String> prefix) implements TypeBridge<LocalizedText> {

        @Override
        public void write(DocumentElement target, LocalizedText text, TypeBridgeWriteContext context) {
            if (text.fi() != null) {
                target.addValue(prefix, FinnishMorphology.standard().withCompoundTails(text.fi()));
            }
        }
    }
}
