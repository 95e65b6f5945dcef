package org.uclg.carta.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import org.uclg.carta.CartaIntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CartaIntegrationTest
class PublicSiteTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @ParameterizedTest
    @CsvSource({
        "'fr-FR,fr;q=0.9,en;q=0.5', /fr/",
        "'es-AR,es;q=0.9', /es/",
        "'en-GB', /en/",
        "'de-DE,de', /en/",
        "'', /en/",
        "'not a header;;;', /en/"
    })
    void theRootSendsReadersToTheirLanguage(String acceptLanguage, String target) throws Exception {
        var request = get("/");
        if (!acceptLanguage.isEmpty()) {
            request = request.header("Accept-Language", acceptLanguage);
        }
        mvc.perform(request).andExpect(redirectedUrl(target));
    }

    @ParameterizedTest
    @CsvSource({"fr, Le plan d'action", "en, The action plan", "es, El plan de acción"})
    void everyPageIsInItsLanguageWithAlternates(String lang, String heading) throws Exception {
        mvc.perform(get("/" + lang + "/action-plan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"" + lang + "\" dir=\"ltr\">")))
                .andExpect(content().string(containsString(heading)))
                .andExpect(content()
                        .string(containsString(
                                "<link rel=\"alternate\" hreflang=\"fr\" href=\"http://carta.test/fr/action-plan\">")))
                .andExpect(content()
                        .string(containsString(
                                "<link rel=\"alternate\" hreflang=\"es\" href=\"http://carta.test/es/action-plan\">")))
                .andExpect(content().string(containsString("href=\"#main\"")));
    }

    @Test
    void theLanguageSwitcherKeepsThePageAndItsFilters() throws Exception {
        mvc.perform(get("/en/network?region=AFRICA"))
                .andExpect(content().string(containsString("href=\"/fr/network?region=AFRICA\"")))
                .andExpect(content().string(containsString("href=\"/es/network?region=AFRICA\"")));
    }

    @Test
    void theSearchBoxSearchesTheWholePlatformGroupedByKind() throws Exception {
        mvc.perform(get("/es/search?q=bogota"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Política distrital de vivienda digna")))
                .andExpect(content().string(containsString("href=\"/es/network/local-governments/")))
                .andExpect(content().string(containsString(">Bogotá<")));
        mvc.perform(get("/fr/search?q=logement"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("GCA X · Droit au logement et au domicile")));
        mvc.perform(get("/en/search")).andExpect(status().isOk());
    }

    @Test
    void errorsAreLocalised() throws Exception {
        mvc.perform(get("/es/pages/nothing-here"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Página no encontrada")));
        mvc.perform(get("/de/network")).andExpect(status().isNotFound());
    }

    @Test
    void editorsEditTheAboutPageInEveryLanguageWithAVisibleFallback() throws Exception {
        var editor = users.loadUserByUsername("editor@carta.example");
        String form = mvc.perform(get("/en/pages/privacy/edit").with(user(editor)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String version = form.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        mvc.perform(post("/en/pages/privacy/edit")
                        .with(csrf())
                        .with(user(editor))
                        .param("title.values[en]", "Privacy notice")
                        .param("title.values[fr]", "")
                        .param("title.values[es]", "")
                        .param("body.values[en]", "We keep **little**. <script>x()</script>")
                        .param("version", version))
                .andExpect(redirectedUrl("/en/pages/privacy"));
        mvc.perform(get("/en/pages/privacy"))
                .andExpect(content().string(containsString("<strong>little</strong>")))
                .andExpect(content().string(not(containsString("<script>x()"))));
        mvc.perform(get("/fr/pages/privacy"))
                .andExpect(content().string(containsString("Privacy notice")))
                .andExpect(content().string(containsString("pas encore traduit, affiché en anglais")));
        mvc.perform(post("/en/pages/privacy/edit")
                        .with(csrf())
                        .with(user(editor))
                        .param("title.values[en]", "")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fill in at least one language.")));
    }

    @Test
    void healthIsUpAndMetricsAreForAdminsOnly() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        var admin = users.loadUserByUsername(org.uclg.carta.CartaIntegrationTest.ADMIN_EMAIL);
        mvc.perform(get("/actuator/prometheus").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
    }
}
