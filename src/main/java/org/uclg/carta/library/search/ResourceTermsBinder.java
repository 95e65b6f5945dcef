package org.uclg.carta.library.search;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import org.uclg.carta.kit.search.CartaAnalysis;
import org.uclg.carta.library.resource.Resource;

/**
 * Makes a resource findable by the names of the local governments it concerns and the labels of
 * the rights it is tagged with, in every language ("Bogotá", "droit au logement"…).
 */
public class ResourceTermsBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("localGovernmentIds").use("articleTags");
        IndexFieldReference<String> terms = context.indexSchemaElement()
                .field("terms", f -> f.asString().analyzer(CartaAnalysis.FOLDING))
                .multiValued()
                .toReference();
        TermLabels labels = context.beanResolver()
                .resolve(BeanReference.of(TermLabels.class))
                .get();
        context.bridge(Resource.class, new Bridge(terms, labels));
    }

    public record Bridge(IndexFieldReference<String> terms, TermLabels labels) implements TypeBridge<Resource> {
        @Override
        public void write(DocumentElement target, Resource resource, TypeBridgeWriteContext context) {
            labels.localGovernments(resource.localGovernmentIds()).forEach(name -> target.addValue(terms, name));
            labels.articles(resource.articleIds()).forEach(label -> target.addValue(terms, label));
        }
    }
}
