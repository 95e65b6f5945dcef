package org.uclg.carta.library;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.uclg.carta.CartaIntegrationTest;
import org.uclg.carta.library.resource.Resources;
import org.uclg.carta.network.Directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CartaIntegrationTest
@org.springframework.test.context.event.RecordApplicationEvents
class ResourceWorkflowTest {

    @Autowired
    org.springframework.test.context.event.ApplicationEvents events;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Directory directory;

    @Autowired
    Resources resources;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @Test
    void readingACaseStudyDoesNotWriteItBack() throws Exception {
        UserDetails rep = users.loadUserByUsername("representative@carta.example");
        long montevideo =
                directory.findByExternalId("demo-montevideo").orElseThrow().id();
        String path = mvc.perform(post("/en/resources/new")
                        .with(csrf())
                        .with(user(rep))
                        .param("type", "case-study")
                        .param("ownerLocalGovernmentId", String.valueOf(montevideo))
                        .param("title.values[en]", "Neighbourhood kitchens")
                        .param("sections[context].values[en]", "A food crisis in 2020.")
                        .param("localGovernmentIds", String.valueOf(montevideo)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(path.substring("/en/resources/".length()));

        // A version that moved on every read made every later save a false conflict, and
        // indexed the resource again each time.
        long before = tx.execute(s -> resources.findById(id).orElseThrow().version());
        tx.executeWithoutResult(s -> resources.findById(id).orElseThrow().data());
        Long after = tx.execute(s -> resources.findById(id).orElseThrow().version());
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aRepresentativeDraftsSubmitsAndAnEditorReturnsThenPublishes() throws Exception {
        UserDetails rep = users.loadUserByUsername("representative@carta.example");
        UserDetails editor = users.loadUserByUsername("editor@carta.example");
        long montevideo =
                directory.findByExternalId("demo-montevideo").orElseThrow().id();
        long rosario = directory.findByExternalId("demo-rosario").orElseThrow().id();

        // Someone else's local government is refused, with the typed text kept.
        mvc.perform(post("/es/resources/new")
                        .with(csrf())
                        .with(user(rep))
                        .param("type", "case-study")
                        .param("ownerLocalGovernmentId", String.valueOf(rosario))
                        .param("title.values[es]", "Comedores comunitarios"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Solo puede compartir recursos de un gobierno local")))
                .andExpect(content().string(containsString("value=\"Comedores comunitarios\"")));

        MvcResult created = mvc.perform(post("/es/resources/new")
                        .with(csrf())
                        .with(user(rep))
                        .param("type", "case-study")
                        .param("ownerLocalGovernmentId", String.valueOf(montevideo))
                        .param("title.values[es]", "Comedores comunitarios en los barrios")
                        .param("summary.values[es]", "Una red de comedores gestionada con los vecinos.")
                        .param("sections[context].values[es]", "Crisis alimentaria en 2020.")
                        .param("sections[results].values[en]", "Forty kitchens open every day.")
                        .param("localGovernmentIds", String.valueOf(montevideo))
                        .param("issuedOn", "2024-06-01")
                        .param("themes", "Alimentación, participación"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String path = created.getResponse().getRedirectedUrl();
        assertThat(path).startsWith("/es/resources/");
        String id = path.substring("/es/resources/".length());

        mvc.perform(get("/en/resources/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/resources/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/en/resources/" + id).with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Draft: only you and the secretariat can see it.")))
                .andExpect(content().string(containsString("Crisis alimentaria en 2020.")))
                .andExpect(content().string(containsString("Forty kitchens open every day.")));

        mvc.perform(post("/es/resources/" + id + "/publish").with(csrf()).with(user(rep)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/es/resources?q=comedores")).andExpect(content().string(containsString("0 recursos")));
        mvc.perform(post("/es/resources/" + id + "/submit").with(csrf()).with(user(rep)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/es/resources/" + id + "/edit").with(user(rep))).andExpect(status().isForbidden());

        mvc.perform(get("/en/resources/mine").with(user(editor)))
                .andExpect(content().string(containsString("Comedores comunitarios en los barrios")));
        mvc.perform(post("/en/resources/" + id + "/return")
                        .with(csrf())
                        .with(user(editor))
                        .param("reason", " "))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flashError", "workflow.reason.required"));
        mvc.perform(get("/en/resources/" + id).with(user(editor)).flashAttr("flashError", "workflow.reason.required"))
                .andExpect(content().string(containsString("Give a reason when returning an item.")));
        mvc.perform(post("/en/resources/" + id + "/return")
                        .with(csrf())
                        .with(user(editor))
                        .param("reason", "Please add the budget section."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/es/resources/" + id).with(user(rep)))
                .andExpect(content().string(containsString("Please add the budget section.")));

        mvc.perform(post("/es/resources/" + id + "/submit").with(csrf()).with(user(rep)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/en/resources/" + id + "/publish").with(csrf()).with(user(editor)))
                .andExpect(status().is3xxRedirection());
        assertThat(events.stream(ResourcePublished.class)).containsExactly(new ResourcePublished(Long.parseLong(id)));

        mvc.perform(get("/es/resources?q=comedores"))
                .andExpect(content().string(containsString("Comedores comunitarios en los barrios")));
        mvc.perform(get("/fr/resources/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("pas encore traduit, affiché en espagnol")));
        mvc.perform(get("/en/network/local-governments/" + montevideo))
                .andExpect(content().string(containsString("Comedores comunitarios en los barrios")));
        mvc.perform(get("/api/v1/resources/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("published"))
                .andExpect(jsonPath("$.country").value("UY"))
                .andExpect(jsonPath("$.region").value("LATAM"))
                .andExpect(jsonPath("$.sections.results.en").value("Forty kitchens open every day."))
                .andExpect(jsonPath("$.themes[0]").value("alimentación"));
        mvc.perform(get("/en/resources/" + id).with(user(editor)))
                .andExpect(content().string(containsString("Published")))
                .andExpect(content().string(containsString("Returned")));
    }

    @Test
    void demoResourcesArePublicAndTaggedArticlesListThem() throws Exception {
        mvc.perform(get("/es/resources"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(" recursos</h2>")));
        mvc.perform(get("/es/resources?q=vivienda+digna"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Política distrital de vivienda digna")));
        mvc.perform(get("/en/resources?type=case-study&q=budgeting"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Participatory budgeting")))
                .andExpect(content().string(not(containsString("Guide to accessible public services"))));
        mvc.perform(get("/fr/frameworks/GCA/articles/X"))
                .andExpect(content().string(containsString("Politique de logement digne")));
        mvc.perform(get("/api/v1/resources"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").isNumber())
                .andExpect(jsonPath("$.items[0].url").value(containsString("/resources/")));
        mvc.perform(get("/en/resources/999999")).andExpect(status().isNotFound());
    }

    @Test
    void scriptsWriteResourcesAndDocumentsThroughTheApi() throws Exception {
        UserDetails rep = users.loadUserByUsername("representative@carta.example");
        long montevideo =
                directory.findByExternalId("demo-montevideo").orElseThrow().id();
        String body = """
                {"type": "guide", "title": {"es": "Guía de barrios accesibles"}, "ownerLocalGovernment": %d,
                 "localGovernments": [%d], "themes": ["accesibilidad"], "date": "2025-03-01",
                 "sections": {"context": {"es": "Un barrio piloto."}}}
                """.formatted(montevideo, montevideo);
        String created = mvc.perform(post("/api/v1/resources")
                        .with(user(rep))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("draft"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = created.replaceAll("(?s).*\"id\":(\\d+).*", "$1");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/resources/" + id)
                        .with(user(rep))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(body.replace("Guía de barrios accesibles", "Guía de barrios accesibles y seguros")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title.es").value("Guía de barrios accesibles y seguros"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/api/v1/resources/" + id + "/files")
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "file",
                                "guia.pdf",
                                "application/pdf",
                                DocumentsTest.pdf(java.util.List.of("Guía"), null)))
                        .param("language", "es")
                        .with(user(rep)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("pending"));
        mvc.perform(post("/api/v1/resources")
                        .with(user(rep))
                        .header("Accept-Language", "es")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"poem\", \"ownerLocalGovernment\": 1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.type").value("Elija el tipo de recurso."))
                .andExpect(jsonPath("$.errors.title").value("Complete al menos un idioma."));
        mvc.perform(post("/api/v1/resources")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/resources/" + id)).andExpect(status().isNotFound());
    }

    @Test
    void peopleWithoutARoleCannotWrite() throws Exception {
        mvc.perform(get("/en/resources/new")).andExpect(status().is3xxRedirection());
    }
}
