package org.uclg.carta.kit.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Text analysis for the embedded Lucene index: one analyzer per working language (elision,
 * stop words, light stemming) and accent folding everywhere, so "politica" finds "política" and
 * "economie" finds "Économies".
 */
public class CartaAnalysis implements LuceneAnalysisConfigurer {

    public static final String FOLDING = "carta_folding";

    /**
     * Languages with their own analyzer: the working ones and the network's likely next ones
     * (Portuguese, Arabic), so adding one to carta.languages needs no code. Others get folding.
     */
    public static final java.util.Set<String> ANALYZED = java.util.Set.of("fr", "en", "es", "pt", "ar");

    /** The analyzer of a language's fields; other languages get plain folding. */
    public static String analyzerFor(String lang) {
        return ANALYZED.contains(lang) ? "carta_" + lang : FOLDING;
    }

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer("carta_fr")
                .custom()
                .tokenizer("standard")
                .tokenFilter("elision")
                .param("ignoreCase", "true")
                .tokenFilter("lowercase")
                .tokenFilter("stop")
                .param("words", "org/apache/lucene/analysis/snowball/french_stop.txt")
                .param("format", "snowball")
                .tokenFilter("asciiFolding")
                .tokenFilter("frenchLightStem");
        context.analyzer("carta_en")
                .custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("stop")
                .param("words", "org/apache/lucene/analysis/snowball/english_stop.txt")
                .param("format", "snowball")
                .tokenFilter("asciiFolding")
                .tokenFilter("porterStem");
        context.analyzer("carta_es")
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("stop")
                .param("words", "org/apache/lucene/analysis/snowball/spanish_stop.txt")
                .param("format", "snowball")
                .tokenFilter("asciiFolding")
                .tokenFilter("spanishLightStem");
        context.analyzer("carta_pt")
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("stop")
                .param("words", "org/apache/lucene/analysis/snowball/portuguese_stop.txt")
                .param("format", "snowball")
                .tokenFilter("asciiFolding")
                .tokenFilter("portugueseLightStem");
        context.analyzer("carta_ar")
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("decimalDigit")
                .tokenFilter("stop")
                .param("words", "org/apache/lucene/analysis/ar/stopwords.txt")
                .tokenFilter("arabicNormalization")
                .tokenFilter("arabicStem");
        context.analyzer(FOLDING)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
