package org.uclg.carta.kit.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StopWordsTest {

    @Test
    void theWordsAnyWorkingLanguageDropsAreTakenOut() {
        assertThat(StopWords.dropped("droit à la ville")).isEqualTo("droit ville");
        assertThat(StopWords.dropped("Acceso a la Vivienda")).isEqualTo("Acceso Vivienda");
        assertThat(StopWords.dropped("right to the city")).isEqualTo("right city");
        assertThat(StopWords.dropped("droit+de+la+ville")).isEqualTo("droit+++ville");
    }

    @Test
    void phrasesOperatorsAndStopWordsAloneAreLeftAsTyped() {
        assertThat(StopWords.dropped("\"droit à la ville\" de Paris")).isEqualTo("\"droit à la ville\" Paris");
        assertThat(StopWords.dropped("logement -la")).isEqualTo("logement -la");
        assertThat(StopWords.dropped("la*")).isEqualTo("la*");
        assertThat(StopWords.dropped("the who")).isEqualTo("the who");
        assertThat(StopWords.dropped("agua | de")).isEqualTo("agua | de");
        assertThat(StopWords.dropped("\"open")).isEqualTo("\"open");
        assertThat(StopWords.dropped(null)).isNull();
    }
}
