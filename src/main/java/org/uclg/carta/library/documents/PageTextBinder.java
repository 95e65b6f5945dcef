package org.uclg.carta.library.documents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import org.uclg.carta.kit.search.CartaAnalysis;
import org.uclg.carta.kit.search.TranslatableTextBinder;

/**
 * Indexes a page's text in the field of its document's language ({@code text_es}…), or in all
 * of them when the language is unknown, with the ids a page hit needs to point at its resource.
 */
public class PageTextBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies()
                .use("text")
                .use("file.language")
                .use("file.detectedLanguage")
                .use("file.resource.publication.state");
        Map<String, IndexFieldReference<String>> texts = new LinkedHashMap<>();
        for (String lang : TranslatableTextBinder.languages(context.beanResolver())) {
            texts.put(
                    lang,
                    context.indexSchemaElement()
                            .field("text_" + lang, f -> f.asString()
                                    .analyzer(CartaAnalysis.analyzerFor(lang))
                                    .projectable(Projectable.YES)
                                    // No term vectors: a page is short, so the highlighter reads it again instead,
                                    // and ingesting documents does not write and merge them.
                                    .highlightable(List.of(Highlightable.UNIFIED)))
                            .toReference());
        }
        IndexFieldReference<Long> resourceId = context.indexSchemaElement()
                .field("resourceId", f -> f.asLong().projectable(Projectable.YES))
                .toReference();
        IndexFieldReference<Long> fileId = context.indexSchemaElement()
                .field("fileId", f -> f.asLong().projectable(Projectable.YES))
                .toReference();
        IndexFieldReference<Boolean> published = context.indexSchemaElement()
                .field("published", f -> f.asBoolean())
                .toReference();
        context.bridge(ResourceFilePage.class, new Bridge(texts, resourceId, fileId, published));
    }

    public record Bridge(
            Map<String, IndexFieldReference<String>> texts,
            IndexFieldReference<Long> resourceId,
            IndexFieldReference<Long> fileId,
            IndexFieldReference<Boolean> published)
            implements TypeBridge<ResourceFilePage> {

        @Override
        public void write(DocumentElement target, ResourceFilePage page, TypeBridgeWriteContext context) {
            String lang = page.file().textLanguage();
            if (lang != null && texts.containsKey(lang)) {
                target.addValue(texts.get(lang), page.text());
            } else {
                texts.values().forEach(field -> target.addValue(field, page.text()));
            }
            target.addValue(resourceId, page.file().resource().id());
            target.addValue(fileId, page.file().id());
            target.addValue(published, page.file().resource().publication().isPublished());
        }
    }
}
