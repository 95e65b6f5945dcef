package org.uclg.carta.library;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import org.uclg.carta.CartaIntegrationTest;
import org.uclg.carta.library.documents.ExtractionJob;
import org.uclg.carta.library.resource.Resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * Natural queries, stop words included, find documents written in one language only, and the
 * page where the words are: the stop word the document's language drops is not required from
 * the other languages' fields (#13, defect 15).
 */
@CartaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StopWordSearchTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ExtractionJob extraction;

    @Autowired
    Resources resources;

    private long french;
    private long spanish;
    private long english;

    @BeforeAll
    void documentsInOneLanguageEach() throws Exception {
        french = attach(
                "demo-res-children-council-bologna",
                "fr",
                "Sommaire du rapport.",
                "Le droit à la ville se construit avec les enfants des quartiers populaires.");
        spanish = attach(
                "demo-res-food-rosario",
                "es",
                "Índice del informe.",
                "El acceso a la vivienda digna sigue siendo la primera demanda de los vecinos.");
        english = attach(
                "demo-res-transparency-seoul",
                "en",
                "Table of contents.",
                "Residents claimed the right to the city through neighbourhood assemblies.");
        extraction.runPending();
    }

    private long attach(String externalId, String lang, String... pages) throws Exception {
        long id = resources.findByExternalId(externalId).orElseThrow().id();
        var file = new MockMultipartFile(
                "file", "report-" + lang + ".pdf", "application/pdf", DocumentsTest.pdf(List.of(pages), null));
        var result = mvc.perform(multipart("/en/resources/" + id + "/files")
                        .file(file)
                        .param("language", lang)
                        .with(csrf())
                        .with(user(users.loadUserByUsername("editor@carta.example"))))
                .andReturn();
        assertThat(result.getFlashMap().get("flashError")).isNull();
        return id;
    }

    @Test
    void aQueryWithStopWordsFindsTheDocumentAndItsPage() throws Exception {
        found("droit à la ville", "fr", french);
        found("acceso a la vivienda", "es", spanish);
        found("right to the city", "en", english);
        // Whatever language the reader uses the site in.
        found("acceso a la vivienda", "fr", spanish);
        found("Droit à la ville", "en", french);
    }

    @Test
    void theSearchPageLinksToThePage() throws Exception {
        mvc.perform(get("/es/resources").param("q", "acceso a la vivienda digna"))
                .andExpect(content().string(containsString("Abrir el documento en la página 2")))
                .andExpect(content().string(containsString("<mark>acceso</mark>")));
    }

    @Test
    void phrasesAndQueriesOfStopWordsAloneStillWork() throws Exception {
        found("\"acceso a la vivienda\"", "es", spanish);
        found("\"droit à la ville\" enfants", "fr", french);
        // Nothing but stop words: searched as typed (as in a name, "Rio de la Plata"), not as no query at all.
        int all = com.jayway.jsonpath.JsonPath.read(
                mvc.perform(get("/api/v1/resources")).andReturn().getResponse().getContentAsString(), "$.total");
        mvc.perform(get("/api/v1/resources").param("q", "de la"))
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.lessThan(all)));
        // A word another language's documents would hold is not dropped from a phrase: no false hit.
        mvc.perform(get("/api/v1/resources").param("q", "\"vivienda a la acceso\""))
                .andExpect(jsonPath("$.total").value(0));
    }

    private void found(String words, String lang, long id) throws Exception {
        mvc.perform(get("/api/v1/resources")
                        .param("q", words)
                        .param("lang", lang)
                        .param("size", "100"))
                .andExpect(
                        jsonPath("$.items[?(@.id == " + id + ")].page.number").value(2));
    }
}
