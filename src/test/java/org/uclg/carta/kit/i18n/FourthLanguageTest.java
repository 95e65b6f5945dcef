package org.uclg.carta.kit.i18n;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import org.uclg.carta.CartaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A fourth language is a setting (and, for its interface texts, a messages_xx.properties file):
 * with Portuguese added to carta.languages, its pages, forms, API fields and exports exist, and
 * the interface falls back to English while no Portuguese bundle is written.
 */
@CartaIntegrationTest
@TestPropertySource(properties = "carta.languages=fr,en,es,pt")
class FourthLanguageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void portugueseIsServedOnceConfigured() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "pt-BR,pt;q=0.9")).andExpect(redirectedUrl("/pt/"));
        mvc.perform(get("/pt/network"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"pt\" dir=\"ltr\">")))
                .andExpect(content().string(containsString("hreflang=\"pt\"")))
                .andExpect(content().string(containsString("PT<span class=\"visually-hidden\"> Portuguese</span>")))
                // No messages_pt.properties yet: the base bundle (English) is shown.
                .andExpect(content().string(containsString("Skip to content")));
    }

    @Test
    void contentTakesAPortugueseValueInFormsApiAndExports() throws Exception {
        UserDetails editor = users.loadUserByUsername("editor@carta.example");
        mvc.perform(get("/pt/network/local-governments/new").with(user(editor)))
                .andExpect(content().string(containsString("name=\"name.values[pt]\"")));
        String created = mvc.perform(post("/pt/network/local-governments/new")
                        .with(csrf())
                        .with(user(editor))
                        .param("name.values[pt]", "Porto Alegre")
                        .param("name.values[en]", "Porto Alegre")
                        .param("type", "city")
                        .param("country", "BR")
                        .param("region", "LATAM")
                        .param("status", "member"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(created).startsWith("/pt/network/local-governments/");
        String id = created.substring(created.lastIndexOf('/') + 1);
        mvc.perform(get("/api/v1/local-governments/" + id))
                .andExpect(jsonPath("$.name.pt").value("Porto Alegre"))
                .andExpect(jsonPath("$.url").value("http://carta.test/en/network/local-governments/" + id));
        mvc.perform(get("/en/network/import").with(user(editor)))
                .andExpect(content().string(containsString("name_pt")));
        var export = mvc.perform(get("/pt/resources/export.csv")).andReturn();
        mvc.perform(asyncDispatch(export))
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(content().string(containsString("title_es,title_pt")));
        mvc.perform(get("/en/network"))
                .andExpect(content()
                        .string(containsString("hreflang=\"pt\" lang=\"pt\">PT"
                                + "<span class=\"visually-hidden\"> Português</span>")));
    }
}
