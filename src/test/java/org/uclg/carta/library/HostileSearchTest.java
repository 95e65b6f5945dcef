package org.uclg.carta.library;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.uclg.carta.CartaIntegrationTest;
import org.uclg.carta.kit.search.QueryText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Searches built to exhaust memory or CPU (issue #13, defect 3); run again on OpenSearch. */
@CartaIntegrationTest
class HostileSearchTest {

    @Autowired
    MockMvc mvc;

    @Test
    void deepPagesAreRefusedWithAProblemNotCollected() throws Exception {
        for (String page : new String[] {"1000000", "2147483647"}) {
            mvc.perform(get("/api/v1/resources?size=100&page=" + page))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(containsString("10,000")));
            mvc.perform(get("/fr/resources?page=" + page))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("10 000 résultats")));
        }
        mvc.perform(get("/api/v1/local-governments?size=100&page=2147483647")).andExpect(status().isBadRequest());
        mvc.perform(get("/es/network?page=2147483647")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/resources?size=100&page=100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty());
    }

    @Test
    void aNonNumericPageIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/resources?page=two"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/en/resources?page=two"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("not a number")));
        mvc.perform(get("/en/resources/not-an-id")).andExpect(status().isNotFound());
    }

    @Test
    void aHundredWordsGetAClearAnswerNotA500() throws Exception {
        String words = IntStream.range(0, 100).mapToObj(i -> "droit" + i).collect(Collectors.joining(" "));
        mvc.perform(get("/api/v1/resources").param("q", words).header("Accept-Language", "es"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("24 palabras")));
        mvc.perform(get("/en/resources").param("q", words))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("at most 24 words")));
        mvc.perform(get("/en/search").param("q", words)).andExpect(status().isBadRequest());
        String many = IntStream.range(0, 24).mapToObj(i -> "droit").collect(Collectors.joining(" "));
        mvc.perform(get("/api/v1/resources").param("q", many)).andExpect(status().isOk());
    }

    @Test
    void fuzzyAndPrefixTermsAreBounded() throws Exception {
        String fuzzy = IntStream.range(0, 20).mapToObj(i -> "ab" + i + "~2").collect(Collectors.joining(" "));
        mvc.perform(get("/api/v1/resources").param("q", fuzzy)).andExpect(status().isOk());
        assertThat(QueryText.bounded("a* bo* droi* vill~ logement~1 eau~ \"droit ville\"~2 pla*"))
                .isEqualTo("a bo droi* vill~ logement~1 eau \"droit ville\"~2 pla");
        assertThat(QueryText.bounded("  ")).isNull();
        assertThat(QueryText.bounded("eau\u0000potable")).isEqualTo("eau potable");
        // An operator still works within the bound: "vivien*" finds "vivienda".
        mvc.perform(get("/api/v1/resources").param("q", "vivien*"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(0)));
    }
}
