package org.uclg.carta.monitoring;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import org.uclg.carta.CartaIntegrationTest;
import org.uclg.carta.monitoring.indicator.IndicatorLibrary;
import org.uclg.carta.monitoring.indicator.IndicatorView;
import org.uclg.carta.taxonomy.Taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CartaIntegrationTest
class IndicatorLibraryTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    IndicatorLibrary library;

    @Autowired
    Taxonomy taxonomy;

    @Test
    void everyoneReadsTheLibraryInTheirLanguageAndAsJson() throws Exception {
        assertThat(library.all()).hasSizeGreaterThanOrEqualTo(20);
        mvc.perform(get("/fr/monitoring/indicators"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bibliothèque d'indicateurs")))
                .andExpect(content()
                        .string(containsString("Ménages consacrant plus de 40 % de leurs revenus au logement")));
        IndicatorView housing = library.all().stream()
                .filter(i -> i.code().equals("OUT-01"))
                .findFirst()
                .orElseThrow();
        mvc.perform(get("/es/monitoring/indicators/" + housing.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Un valor más bajo es mejor")))
                .andExpect(content().string(containsString("migrant status")))
                .andExpect(content().string(containsString("/es/frameworks/GCA/articles/X")));
        mvc.perform(get("/api/v1/monitoring/indicators").param("kind", "outcome"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total", greaterThanOrEqualTo(5)))
                .andExpect(jsonPath("$.items[*].kind", everyItem(is("outcome"))))
                .andExpect(jsonPath("$.items[0].name.es").exists())
                .andExpect(jsonPath("$.items[0].url", containsString("http://carta.test/en/monitoring/indicators/")));
        long article = taxonomy.article("GCA", "X").orElseThrow().id();
        mvc.perform(get("/api/v1/monitoring/indicators").param("article", String.valueOf(article)))
                .andExpect(jsonPath("$.items[*].code", org.hamcrest.Matchers.hasItem("OUT-01")));
        mvc.perform(get("/en/monitoring/indicators/999999")).andExpect(status().isNotFound());
        mvc.perform(get("/en/frameworks/GCA/articles/X"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Households spending over 40% of income on housing")))
                .andExpect(content().string(containsString("Double the social rental housing stock")));
    }

    @Test
    void editorsKeepTheLibraryWithClearErrorsAndNoLostEdits() throws Exception {
        UserDetails editor = users.loadUserByUsername("editor@carta.example");
        UserDetails rep = users.loadUserByUsername("representative@carta.example");
        mvc.perform(get("/en/monitoring/indicators/new").with(user(rep))).andExpect(status().isForbidden());

        mvc.perform(post("/en/monitoring/indicators/new")
                        .with(csrf())
                        .with(user(editor))
                        .param("code", "bad code!")
                        .param("kind", "outcome")
                        .param("unit", "%")
                        .param("direction", "higher")
                        .param("definition.values[en]", "Kept as typed"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Use 1 to 30 capital letters")))
                .andExpect(content().string(containsString("Kept as typed")));

        mvc.perform(post("/en/monitoring/indicators/new")
                        .with(csrf())
                        .with(user(editor))
                        .param("code", "out-99")
                        .param("name.values[en]", "Libraries open on Sundays")
                        .param("kind", "process")
                        .param("unit", "number")
                        .param("direction", "higher")
                        .param("disaggregations", "District, age group"))
                .andExpect(status().is3xxRedirection());
        IndicatorView created = library.all().stream()
                .filter(i -> i.code().equals("OUT-99"))
                .findFirst()
                .orElseThrow();
        assertThat(created.disaggregations()).containsExactly("district", "age group");

        mvc.perform(post("/en/monitoring/indicators/new")
                        .with(csrf())
                        .with(user(editor))
                        .param("code", "OUT-99")
                        .param("name.values[en]", "Again")
                        .param("kind", "process")
                        .param("unit", "number")
                        .param("direction", "higher"))
                .andExpect(content().string(containsString("Another indicator already has this code.")));

        String edit = "/en/monitoring/indicators/" + created.id() + "/edit";
        mvc.perform(post(edit)
                        .with(csrf())
                        .with(user(editor))
                        .param("code", "OUT-99")
                        .param("name.values[en]", "Libraries open on Sundays and holidays")
                        .param("kind", "process")
                        .param("unit", "number")
                        .param("direction", "higher")
                        .param("version", String.valueOf(created.version())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(edit)
                        .with(csrf())
                        .with(user(editor))
                        .param("code", "OUT-99")
                        .param("name.values[en]", "A stale edit")
                        .param("kind", "process")
                        .param("unit", "number")
                        .param("direction", "higher")
                        .param("version", String.valueOf(created.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved this item")))
                .andExpect(content().string(containsString("A stale edit")));
        assertThat(library.find(created.id()).orElseThrow().name().get("en"))
                .isEqualTo("Libraries open on Sundays and holidays");
    }
}
