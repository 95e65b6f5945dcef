package org.uclg.carta.kit.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/** The analyzers of {@link CartaAnalysis}, under the same names, built from OpenSearch's filters. */
public class CartaOpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("carta_elision")
                .type("elision")
                .param("articles_case", true)
                .param("articles", "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu");
        context.tokenFilter("carta_stop_fr").type("stop").param("stopwords", "_french_");
        context.tokenFilter("carta_stop_en").type("stop").param("stopwords", "_english_");
        context.tokenFilter("carta_stop_es").type("stop").param("stopwords", "_spanish_");
        context.tokenFilter("carta_stem_fr").type("stemmer").param("language", "light_french");
        context.tokenFilter("carta_stem_en").type("stemmer").param("language", "english");
        context.tokenFilter("carta_possessive_en").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("carta_stem_es").type("stemmer").param("language", "light_spanish");
        context.tokenFilter("carta_stop_pt").type("stop").param("stopwords", "_portuguese_");
        context.tokenFilter("carta_stem_pt").type("stemmer").param("language", "light_portuguese");
        context.tokenFilter("carta_stop_ar").type("stop").param("stopwords", "_arabic_");
        context.tokenFilter("carta_stem_ar").type("stemmer").param("language", "arabic");

        context.analyzer("carta_fr")
                .custom()
                .tokenizer("standard")
                .tokenFilters("carta_elision", "lowercase", "carta_stop_fr", "asciifolding", "carta_stem_fr");
        context.analyzer("carta_en")
                .custom()
                .tokenizer("standard")
                .tokenFilters("carta_possessive_en", "lowercase", "carta_stop_en", "asciifolding", "carta_stem_en");
        context.analyzer("carta_es")
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "carta_stop_es", "asciifolding", "carta_stem_es");
        context.analyzer("carta_pt")
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "carta_stop_pt", "asciifolding", "carta_stem_pt");
        context.analyzer("carta_ar")
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "decimal_digit", "carta_stop_ar", "arabic_normalization", "carta_stem_ar");
        context.analyzer(CartaAnalysis.FOLDING)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
    }
}
