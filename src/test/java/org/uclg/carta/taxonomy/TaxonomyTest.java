package org.uclg.carta.taxonomy;

import java.io.InputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import org.uclg.carta.CartaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CartaIntegrationTest
class TaxonomyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TaxonomyImporter importer;

    @Autowired
    Taxonomy taxonomy;

    @Autowired
    Articles articles;

    @Autowired
    Regions regions;

    @Autowired
    UserDetailsService users;

    @Test
    void theReferenceFileIsImportedWithEveryFramework() {
        assertThat(taxonomy.frameworks())
                .extracting(FrameworkSummary::code)
                .containsExactly("GCA", "ECSHRC", "GGP", "SDG", "UNCORE");
        assertThat(taxonomy.articles("SDG")).hasSize(17);
        assertThat(taxonomy.parts("ECSHRC")).hasSize(5);
        assertThat(taxonomy.regions()).hasSize(7);
        assertThat(taxonomy.article("GCA", "X").orElseThrow().label().get("es"))
                .isEqualTo("Derecho a la vivienda y al domicilio");
        // Titles with unquoted commas in the reference file come back whole.
        assertThat(taxonomy.article("GCA", "VII").orElseThrow().label().get("en"))
                .isEqualTo("Freedom of conscience and religion, opinion and information");
        assertThat(taxonomy.article("ECSHRC", "IX").orElseThrow().label().get("fr"))
                .isEqualTo("Droit d'association, de réunion et de manifestation");
    }

    @Test
    void importingAgainDuplicatesNothingAndKeepsEditorsCorrections() throws Exception {
        long before = articles.count();
        var editor = users.loadUserByUsername("editor@carta.example");
        mvc.perform(post("/en/frameworks/GGP/articles/2/edit")
                        .with(csrf())
                        .with(user(editor))
                        .param("values[fr]", "Non-discrimination et actions positives")
                        .param("values[en]", "Non-discrimination and affirmative action")
                        .param("values[es]", "No discriminación y acción afirmativa")
                        .param("verified", "true"))
                .andExpect(redirectedUrl("/en/frameworks/GGP/articles/2"));

        try (InputStream in = new ClassPathResource(TaxonomyImporter.RESOURCE).getInputStream()) {
            importer.importFrom(in);
        }
        assertThat(articles.count()).isEqualTo(before);
        assertThat(regions.count()).isEqualTo(7);
        ArticleRef corrected = taxonomy.article("GGP", "2").orElseThrow();
        assertThat(corrected.label().get("fr")).isEqualTo("Non-discrimination et actions positives");
        assertThat(corrected.verified()).isTrue();
        mvc.perform(get("/fr/frameworks/GGP/articles/2/edit").with(user(editor)))
                .andExpect(content().string(containsString("editor@carta.example")));
    }

    @Test
    void aLabelMustBeGivenInEveryLanguageAndBadInputIsKept() throws Exception {
        var editor = users.loadUserByUsername("editor@carta.example");
        mvc.perform(post("/es/frameworks/SDG/articles/5/edit")
                        .with(csrf())
                        .with(user(editor))
                        .param("values[fr]", "")
                        .param("values[en]", "Gender equality <b>")
                        .param("values[es]", "Igualdad de género"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indique el título en cada idioma.")))
                .andExpect(content().string(containsString("value=\"Gender equality &lt;b>\"")));
    }

    @Test
    void pagesListFrameworksArticlesAndWhatIsTagged() throws Exception {
        mvc.perform(get("/es/frameworks"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Carta Europea de Salvaguarda")));
        mvc.perform(get("/fr/frameworks/ECSHRC"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Partie III")))
                .andExpect(content().string(containsString("Droit au logement")));
        mvc.perform(get("/en/frameworks/GGP/articles/1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gwangju")));
        mvc.perform(get("/en/frameworks/UNCORE/articles/CAT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing is linked to this entry yet.")));
        mvc.perform(get("/en/frameworks/NOPE")).andExpect(status().isNotFound());
        mvc.perform(get("/en/frameworks/GCA/articles/XCIX")).andExpect(status().isNotFound());
    }

    @Test
    void jsonApiGivesFrameworksWithTheirArticles() throws Exception {
        mvc.perform(get("/api/v1/frameworks"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(5))
                .andExpect(jsonPath("$.items[0].code").value("GCA"))
                .andExpect(jsonPath("$.items[0].title.fr")
                        .value("Charte-agenda mondiale des droits humains dans la cité"));
        mvc.perform(get("/api/v1/frameworks/ECSHRC"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.articles.length()").value(28))
                .andExpect(jsonPath("$.articles[0].part").value("I"))
                .andExpect(jsonPath("$.parts[2].title.en")
                        .value("Economic, social, cultural and environmental rights of proximity"))
                .andExpect(jsonPath("$.articles[0].url").value(containsString("/frameworks/ECSHRC/articles/I")));
        mvc.perform(get("/api/v1/hrc-track"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(13))
                .andExpect(jsonPath("$.items[1].symbol").value("A/HRC/RES/24/2"))
                .andExpect(jsonPath("$.items[2].date").value("2014-09"));
        mvc.perform(get("/fr/frameworks"))
                .andExpect(content().string(containsString("A/HRC/RES/51/12")))
                .andExpect(content().string(containsString("pas encore traduit, affiché en anglais")));
        mvc.perform(get("/api/v1/frameworks/NOPE").header("Accept-Language", "es"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Esta página no existe o se ha movido."));
    }
}
