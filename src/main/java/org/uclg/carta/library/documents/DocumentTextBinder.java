package org.uclg.carta.library.documents;

import java.util.LinkedHashMap;
import java.util.Map;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import org.uclg.carta.kit.search.CartaAnalysis;
import org.uclg.carta.kit.search.TranslatableTextBinder;

/**
 * The text of a document inside its resource's index entry ({@code files.text_es}…), so that a
 * resource is found by the words of its documents: searched only, neither stored nor kept for
 * highlighting, since passages and page numbers come from the page index.
 */
public class DocumentTextBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("pages.text").use("language").use("detectedLanguage");
        Map<String, IndexFieldReference<String>> texts = new LinkedHashMap<>();
        for (String lang : TranslatableTextBinder.languages(context.beanResolver())) {
            texts.put(
                    lang,
                    context.indexSchemaElement()
                            .field("text_" + lang, f -> f.asString().analyzer(CartaAnalysis.analyzerFor(lang)))
                            .multiValued()
                            .toReference());
        }
        context.bridge(ResourceFile.class, new Bridge(texts));
    }

    public record Bridge(Map<String, IndexFieldReference<String>> texts) implements TypeBridge<ResourceFile> {

        @Override
        public void write(DocumentElement target, ResourceFile file, TypeBridgeWriteContext context) {
            String lang = file.textLanguage();
            for (ResourceFilePage page : file.pages()) {
                if (lang != null && texts.containsKey(lang)) {
                    target.addValue(texts.get(lang), page.text());
                } else {
                    texts.values().forEach(field -> target.addValue(field, page.text()));
                }
            }
        }
    }
}
