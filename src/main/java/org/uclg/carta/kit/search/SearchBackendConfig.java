package org.uclg.carta.kit.search;

import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Chooses the search backend from CARTA_SEARCH_BACKEND: the embedded Lucene index under the data
 * folder (default), or an OpenSearch/Elasticsearch cluster at CARTA_OPENSEARCH_URL. The mapping,
 * queries and analysis (same analyzer names) are the same on both.
 */
@Configuration(proxyBeanMethods = false)
class SearchBackendConfig {

    @Bean
    HibernatePropertiesCustomizer searchBackend(Environment env, @Value("${carta.data-dir}") String dataDir) {
        String backend =
                env.getProperty("carta.search.backend", "lucene").strip().toLowerCase(Locale.ROOT);
        return props -> {
            // A saved change is searchable when the request returns; the index is committed to disk
            // about once a second rather than on every save (a crash loses at most that second,
            // which the start-up check or an admin's rebuild repairs).
            props.putIfAbsent("hibernate.search.indexing.plan.synchronization.strategy", "read-sync");
            switch (backend) {
                case "lucene" -> lucene(props, dataDir);
                case "opensearch", "elasticsearch" -> openSearch(props, env);
                default ->
                    throw new IllegalStateException(
                            "CARTA_SEARCH_BACKEND must be lucene or opensearch, not " + backend);
            }
        };
    }

    private static void lucene(Map<String, Object> props, String dataDir) {
        props.put("hibernate.search.backend.type", "lucene");
        props.put("hibernate.search.backend.directory.root", dataDir + "/index");
        props.put("hibernate.search.backend.lucene_version", "LATEST");
        props.put("hibernate.search.backend.analysis.configurer", "class:" + CartaAnalysis.class.getName());
    }

    private static void openSearch(Map<String, Object> props, Environment env) {
        String url = env.getProperty("carta.search.opensearch-url", "");
        if (url.isBlank()) {
            throw new IllegalStateException("CARTA_SEARCH_BACKEND=opensearch needs CARTA_OPENSEARCH_URL");
        }
        props.put("hibernate.search.backend.type", "elasticsearch");
        props.put("hibernate.search.backend.uris", url);
        String user = env.getProperty("carta.search.opensearch-user", "");
        if (!user.isBlank()) {
            props.put("hibernate.search.backend.username", user);
            props.put("hibernate.search.backend.password", env.getProperty("carta.search.opensearch-password", ""));
        }
        props.put("hibernate.search.backend.analysis.configurer", "class:" + CartaOpenSearchAnalysis.class.getName());
        // Missing indexes are created, existing ones not checked: a cluster cannot change a field's
        // options in place, so an index of an older layout is recreated by the start-up check
        // (library.SearchIndexGuard) rather than stopping the start.
        props.putIfAbsent("hibernate.search.schema_management.strategy", "create");
    }
}
