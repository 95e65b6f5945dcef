package org.uclg.carta.network;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import org.uclg.carta.CartaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CartaIntegrationTest
class DirectoryTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    UserDetailsService users;

    @Test
    void filtersNarrowTheDirectoryAndLiveInTheUrl() throws Exception {
        mvc.perform(get("/es/network").param("region", "LATAM").param("type", "metropolis"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ciudad de México")))
                .andExpect(content().string(containsString("Bogotá")))
                .andExpect(content().string(not(containsString("Montevideo"))))
                .andExpect(content().string(containsString("selected")));
        mvc.perform(get("/fr/network").param("country", "FR"))
                .andExpect(content().string(containsString("Grenoble")))
                .andExpect(content().string(not(containsString("Barcelone"))));
    }

    @Test
    void textSearchIgnoresCaseAndAccents() throws Exception {
        assertThat(directory
                        .search(new DirectoryQuery("bogota", null, null, null, 1, 20), "es")
                        .items())
                .extracting(lg -> lg.name().get("es"))
                .containsExactly("Bogotá");
        assertThat(directory
                        .search(new DirectoryQuery("SEOUL", null, null, null, 1, 20), "fr")
                        .items())
                .extracting(lg -> lg.name().get("fr"))
                .containsExactly("Séoul");
        assertThat(directory
                        .search(new DirectoryQuery("100%_", null, null, null, 1, 20), "fr")
                        .total())
                .isZero();
    }

    @Test
    void htmxGetsOnlyTheResults() throws Exception {
        mvc.perform(get("/en/network").param("q", "dakar").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dakar")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void apiListsWithTheSharedConventions() throws Exception {
        mvc.perform(get("/api/v1/local-governments").param("region", "EUROPE").param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").isNumber())
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.items.length()").value(5))
                .andExpect(jsonPath("$.items[0].region").value("EUROPE"))
                .andExpect(jsonPath("$.items[0].name.fr").isString())
                .andExpect(jsonPath("$.items[0].url").value(containsString("/network/local-governments/")));
        mvc.perform(get("/api/v1/local-governments/987654"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/v1/local-governments/not-a-number")).andExpect(status().isNotFound());
    }

    @Test
    void unknownOrForgedIdsAreNotFound() throws Exception {
        mvc.perform(get("/fr/network/local-governments/987654"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page introuvable")));
        mvc.perform(get("/es/network/local-governments/1 or 1"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Página no encontrada")));
        mvc.perform(get("/en/network/partners/987654")).andExpect(status().isNotFound());
    }

    @Test
    void anEditorEditsALocalGovernmentAndBadInputIsKept() throws Exception {
        UserDetails editor = users.loadUserByUsername("editor@carta.example");
        LocalGovernmentView lyon = directory
                .search(new DirectoryQuery("Grenoble", null, null, null, 1, 1), "en")
                .items()
                .get(0);
        String edit = "/en/network/local-governments/" + lyon.id() + "/edit";

        mvc.perform(post(edit)
                        .with(csrf())
                        .with(user(editor))
                        .param("name.values[en]", "Grenoble-Alpes")
                        .param("type", "city")
                        .param("country", "FR")
                        .param("region", "EUROPE")
                        .param("population", "lots")
                        .param("website", "javascript:alert(1)")
                        .param("version", String.valueOf(lyon.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a whole number, zero or more.")))
                .andExpect(content().string(containsString("value=\"lots\"")))
                .andExpect(content().string(containsString("value=\"Grenoble-Alpes\"")));

        mvc.perform(post(edit)
                        .with(csrf())
                        .with(user(editor))
                        .param("name.values[en]", "Grenoble-Alpes")
                        .param("name.values[fr]", "Grenoble-Alpes")
                        .param("type", "metropolis")
                        .param("country", "FR")
                        .param("region", "EUROPE")
                        .param("population", "450 000")
                        .param("status", "member")
                        .param("articleIds", "1", "2")
                        .param("version", String.valueOf(lyon.version())))
                .andExpect(redirectedUrl("/en/network/local-governments/" + lyon.id()));

        LocalGovernmentView saved = directory.find(lyon.id()).orElseThrow();
        assertThat(saved.name().get("en")).isEqualTo("Grenoble-Alpes");
        assertThat(saved.population()).isEqualTo(450_000L);
        mvc.perform(get("/en/network/local-governments/" + lyon.id()).with(user(editor)))
                .andExpect(content().string(containsString("History")))
                .andExpect(content().string(containsString("editor@carta.example")));
        mvc.perform(get("/en/frameworks/GCA/articles/I")).andExpect(content().string(containsString("Grenoble-Alpes")));

        // Saving again from the old version is a conflict: nothing overwritten, the typed text kept.
        mvc.perform(post(edit)
                        .with(csrf())
                        .with(user(editor))
                        .param("name.values[en]", "Stale edit")
                        .param("type", "city")
                        .param("country", "FR")
                        .param("region", "EUROPE")
                        .param("status", "member")
                        .param("version", String.valueOf(lyon.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved this item")))
                .andExpect(content().string(containsString("value=\"Stale edit\"")));
        assertThat(directory.find(lyon.id()).orElseThrow().name().get("en")).isEqualTo("Grenoble-Alpes");
    }

    @Test
    void csvImportReportsEveryBadRowAndImportsNothingUntilAllAreValid() throws Exception {
        UserDetails editor = users.loadUserByUsername("editor@carta.example");
        String bad = """
                external_id,name_fr,name_en,name_es,type,country,region,population,latitude,longitude,website,member_since,status
                t-1,Lille,Lille,Lille,city,FR,EUROPE,236000,50.63,3.06,,2020-01-01,member
                t-2,,,,town,XX,MOON,-5,95,0,ftp://x,yesterday,member
                t-1,Lille bis,Lille bis,Lille bis,city,FR,EUROPE,,,,,,
                """;
        mvc.perform(multipart("/fr/network/import")
                        .file(csv(bad))
                        .param("action", "import")
                        .with(csrf())
                        .with(user(editor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("9 problèmes trouvés. Rien n'a été importé.")))
                .andExpect(content().string(containsString("Choisissez un pays (code ISO à deux lettres).")))
                .andExpect(content().string(containsString("<td>3</td>")));
        assertThat(directory
                        .search(new DirectoryQuery("Lille", null, null, null, 1, 5), "fr")
                        .total())
                .isZero();

        String good = """
                external_id,name_fr,name_en,name_es,type,country,region,population
                t-1,Lille,Lille,Lille,city,FR,EUROPE,236000
                t-2,Nantes,Nantes,Nantes,city,FR,EUROPE,320000
                """;
        mvc.perform(multipart("/en/network/import")
                        .file(csv(good))
                        .param("action", "check")
                        .with(csrf())
                        .with(user(editor)))
                .andExpect(content().string(containsString("2 rows are valid")));
        assertThat(directory
                        .search(new DirectoryQuery("Nantes", null, null, null, 1, 5), "fr")
                        .total())
                .isZero();
        mvc.perform(multipart("/en/network/import")
                        .file(csv(good))
                        .param("action", "import")
                        .with(csrf())
                        .with(user(editor)))
                .andExpect(content().string(containsString("2 created, 0 updated")));
        mvc.perform(multipart("/en/network/import")
                        .file(csv(good.replace("320000", "330000")))
                        .param("action", "import")
                        .with(csrf())
                        .with(user(editor)))
                .andExpect(content().string(containsString("0 created, 2 updated")));
        assertThat(directory
                        .search(new DirectoryQuery("Nantes", null, null, null, 1, 5), "fr")
                        .items())
                .singleElement()
                .extracting(LocalGovernmentView::population)
                .isEqualTo(330_000L);
    }

    @Test
    void brokenCsvFilesGetAClearMessage() throws Exception {
        UserDetails editor = users.loadUserByUsername("editor@carta.example");
        byte[] latin1 = "external_id,type,country,region\nx,city,FR,EUROPE,Montr\u00e9al\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(multipart("/en/network/import")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", latin1))
                        .param("action", "check")
                        .with(csrf())
                        .with(user(editor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("not valid UTF-8")));
        mvc.perform(multipart("/en/network/import")
                        .file(csv("name\nfoo\n"))
                        .param("action", "check")
                        .with(csrf())
                        .with(user(editor)))
                .andExpect(content().string(containsString("This required column is missing")));
        mvc.perform(multipart("/en/network/import")
                        .param("action", "check")
                        .with(csrf())
                        .with(user(editor)))
                .andExpect(content().string(containsString("Choose a CSV file.")));
    }

    private static MockMultipartFile csv(String text) {
        return new MockMultipartFile("file", "lg.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }
}
