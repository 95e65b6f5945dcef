package org.uclg.carta.library;

import java.util.List;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.uclg.carta.kit.search.CartaAnalysis;

/**
 * Makes a resource findable by the names of the local governments it concerns and the labels of
 * the rights it is tagged with, in every language ("Bogotá", "droit au logement"…).
 */
public class ResourceTermsBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("localGovernmentIds").use("articleTags");
        IndexFieldReference<String> terms = context.indexSchemaElement()
                .field("terms", f -> f.asString().analyzer(CartaAnalysis.FOLDING)).multiValued().toReference();
        JdbcClient jdbc = context.beanResolver().resolve(BeanReference.of(JdbcClient.class)).get();
        context.bridge(Resource.class, new Bridge(terms, jdbc));
    }

    record Bridge(IndexFieldReference<String> terms, JdbcClient jdbc) implements TypeBridge<Resource> {
        @Override
        public void write(DocumentElement target, Resource resource, TypeBridgeWriteContext context) {
            var lgs = resource.data().localGovernmentIds();
            if (!lgs.isEmpty()) {
                jdbc.sql("select name::text from local_government where id in (:ids)").param("ids", List.copyOf(lgs))
                        .query(String.class).list().forEach(name -> target.addValue(terms, name));
            }
            var articles = resource.articleIds();
            if (!articles.isEmpty()) {
                jdbc.sql("select label::text from article where id in (:ids)").param("ids", List.copyOf(articles))
                        .query(String.class).list().forEach(label -> target.addValue(terms, label));
            }
        }
    }
}
