package org.uclg.carta.site;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.uclg.carta.CartaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Small things a visitor sees that were wrong (#14, part 7). */
@CartaIntegrationTest
class VisibleDetailsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private String page(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theHomePageCountsTheLocalGovernmentsTheDirectoryLists() throws Exception {
        int listed = com.jayway.jsonpath.JsonPath.read(page("/api/v1/local-governments"), "$.total");
        mvc.perform(get("/en/"))
                .andExpect(content()
                        .string(containsString("<p class=\"stat mb-0\"><a href=\"/en/network\">" + listed
                                + "</a></p><p>local governments in the network")));
    }

    @Test
    void countsAndBreakdownsReadAsSentences() throws Exception {
        String dashboard = page("/fr/monitoring/frameworks/GCA/dashboard");
        assertThat(dashboard)
                .containsPattern("\\d+ cycles de rapport")
                .doesNotContain("adhérent(s)")
                .doesNotContain("Cycles de rapport</li>");
        long lg = jdbc.sql("select local_government_id from indicator_value where disaggregation = 'sex=female' "
                        + "and report_id is not null limit 1")
                .query(Long.class)
                .optional()
                .orElseGet(() -> jdbc.sql("select local_government_id from indicator_value where disaggregation "
                                + "= 'sex=female' limit 1")
                        .query(Long.class)
                        .single());
        String followUp = page("/es/monitoring/local-governments/" + lg);
        assertThat(followUp).doesNotContain("sex=female");
        assertThat(followUp).contains("Sexo: mujeres");
    }

    @Test
    void comparingWithNothingChosenSaysWhatToDo() throws Exception {
        var ids = jdbc.sql("select local_government_id from adherence where framework_code = 'GCA' limit 2")
                .query(Long.class)
                .list();
        mvc.perform(get("/en/monitoring/compare").param("lg", String.valueOf(ids.get(0)), String.valueOf(ids.get(1))))
                .andExpect(content().string(containsString("Choose at least one article or indicator")));
    }

    @Test
    void noDemoReportIsPublishedInTheFuture() {
        assertThat(jdbc.sql("select count(*) from report where published_at > now()")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anUnknownTypeInAFilterIsRefusedWithTheAllowedValues() throws Exception {
        mvc.perform(get("/api/v1/resources").param("type", "nonsense"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("policy, case-study")));
        mvc.perform(get("/fr/resources").param("type", "nonsense"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Valeur inconnue pour le filtre « type »")));
    }

    @Test
    void everyPageHasAnIconAndReviewCommentsKeepTheirLines() throws Exception {
        mvc.perform(get("/favicon.ico")).andExpect(status().isOk());
        mvc.perform(get("/en/")).andExpect(content().string(containsString("rel=\"icon\"")));
        // A second class attribute is ignored by browsers: "pre-line" was lost and line breaks with it.
        var twice = java.util.regex.Pattern.compile("<[^<>]*\\sclass=\"[^\"]*\"[^<>]*\\sclass=\"");
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/jte"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".jte"))
                            .filter(f -> {
                                try {
                                    return twice.matcher(java.nio.file.Files.readString(f))
                                            .find();
                                } catch (java.io.IOException e) {
                                    throw new java.io.UncheckedIOException(e);
                                }
                            })
                            .toList())
                    .isEmpty();
        }
    }
}
