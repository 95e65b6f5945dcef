package org.uclg.carta.kit.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.environment.bean.BeanResolver;
import org.hibernate.search.engine.environment.bean.BeanRetrieval;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;

import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.web.Languages;

/**
 * Indexes a {@link TranslatableText} property as one full-text field per language,
 * {@code <property>_<lang>}, each with that language's analyzer, highlightable by the unified highlighter.
 */
public class TranslatableTextBinder implements PropertyBinder {

    /**
     * The configured languages, which binders need while Hibernate Search builds its mapping; the
     * {@link Languages} bean comes through Spring's bean container.
     */
    public static List<String> languages(BeanResolver beans) {
        return beans.resolve(Languages.class, BeanRetrieval.BEAN).get().codes();
    }

    @Override
    public void bind(PropertyBindingContext context) {
        context.dependencies().useRootOnly();
        String name = context.bridgedElement().name();
        Map<String, IndexFieldReference<String>> fields = new LinkedHashMap<>();
        for (String lang : languages(context.beanResolver())) {
            fields.put(
                    lang,
                    context.indexSchemaElement()
                            .field(name + "_" + lang, f -> f.asString()
                                    .analyzer(CartaAnalysis.analyzerFor(lang))
                                    .projectable(Projectable.YES)
                                    // The unified highlighter only, so no term vectors: a highlighter reads a
                                    // passage's text again, and saving a resource does not write and merge them.
                                    .highlightable(List.of(Highlightable.UNIFIED)))
                            .multiValued()
                            .toReference());
        }
        context.bridge(Object.class, new Bridge(fields));
    }

    /** Writes each language's text, or each language of every text when the property holds several. */
    record Bridge(Map<String, IndexFieldReference<String>> fields) implements PropertyBridge<Object> {
        @Override
        public void write(DocumentElement target, Object value, PropertyBridgeWriteContext context) {
            for (TranslatableText text : Texts.of(value)) {
                fields.forEach((lang, field) -> {
                    if (text.has(lang)) {
                        target.addValue(field, text.get(lang));
                    }
                });
            }
        }
    }

    /** What a property holds that has texts to index: one text, or a group of them. */
    public interface Texts {
        Iterable<TranslatableText> texts();

        static Iterable<TranslatableText> of(Object value) {
            if (value instanceof TranslatableText t) {
                return List.of(t);
            }
            if (value instanceof Texts group) {
                return group.texts();
            }
            return List.of();
        }
    }
}
