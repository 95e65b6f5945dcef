package org.uclg.carta.library;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.uclg.carta.CartaIntegrationTest;
import org.uclg.carta.library.imports.ResourceImport;
import org.uclg.carta.library.resource.Resource;
import org.uclg.carta.library.resource.ResourceService;
import org.uclg.carta.library.resource.ResourceView;
import org.uclg.carta.library.resource.Resources;
import org.uclg.carta.library.search.ResourceSearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CartaIntegrationTest
class ResourceImportTest {

    private static final String HEADER =
            String.join(",", ResourceImport.columns(java.util.List.of("fr", "en", "es"))) + "\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Resources resources;

    @Autowired
    ResourceService service;

    @Autowired
    ResourceSearch search;

    private UserDetails editor() {
        return users.loadUserByUsername("editor@carta.example");
    }

    private static MockMultipartFile csv(String text) {
        return new MockMultipartFile("file", "rows.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static MockMultipartFile zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return new MockMultipartFile("documents", "docs.zip", "application/zip", out.toByteArray());
    }

    private MvcResult send(String lang, String action, MockMultipartFile csv, MockMultipartFile zip) throws Exception {
        var request = multipart("/" + lang + "/resources/import")
                .file(csv)
                .param("action", action)
                .with(csrf())
                .with(user(editor()));
        if (zip != null) {
            request.file(zip);
        }
        return mvc.perform(request).andReturn();
    }

    /** Starts an import and waits for its page to say it has finished; returns that page. */
    private String importAndWait(MockMultipartFile csv, MockMultipartFile zip) throws Exception {
        MvcResult started = send("en", "import", csv, zip);
        String body = started.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(started.getResponse().getStatus()).as(body).isEqualTo(302);
        String jobPage = started.getResponse().getRedirectedUrl();
        assertThat(jobPage).startsWith("/en/resources/import/");
        return org.awaitility.Awaitility.await("the import to finish")
                .atMost(java.time.Duration.ofSeconds(30))
                .until(
                        () -> mvc.perform(get(jobPage).with(user(editor())))
                                .andExpect(status().isOk())
                                .andReturn()
                                .getResponse()
                                .getContentAsString(StandardCharsets.UTF_8),
                        page -> !page.contains("Importing…"));
    }

    @Test
    void theDryRunReportsEveryBadRowByLineAndColumnAndWritesNothing() throws Exception {
        String rows = HEADER
                + "imp-ok,guide,,Good guide,,,,,,,,en,2024-01-01,,,,,,,,\n"
                + "imp-type,poem,,A poem,,,,,,,,en,,,,,,,,,\n"
                + "imp-refs,guide,,Refs,,,,,,,,en,2024-13-01,,,,,nowhere,GCA:ZZZ,,\n"
                + "imp-missing,publication,,Missing file,,,,,,,,en,,,,,,,,,ghost.pdf\n"
                + "imp-fake,publication,,Fake file,,,,,,,,en,,,,,,,,,fake.pdf\n";
        MockMultipartFile docs = zip(Map.of("fake.pdf", "just text, not a PDF".getBytes(StandardCharsets.UTF_8)));
        for (String action : List.of("check", "import")) {
            String page = send("en", action, csv(rows), docs).getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page)
                    .contains("6 problems found. Nothing was imported.")
                    .contains("<td>3</td><td><code>type</code></td>")
                    .contains("<td>4</td><td><code>date</code></td>")
                    .contains("No local government of the directory has this external id.")
                    .contains("Unknown article: write FRAMEWORK:NUMBER")
                    .contains("This document is not in the zip file.")
                    .contains("This kind of file is not accepted");
        }
        assertThat(resources.findByExternalId("imp-ok")).isEmpty();
    }

    @Test
    void anImportWritesRowsWithTheirDocumentsAndAReimportUpdatesWithoutDuplicates() throws Exception {
        byte[] pdf = DocumentsTest.pdf(List.of("Resumen.", "La participacion de los vecinos en el presupuesto."), null);
        String rows = HEADER
                + "imp-a,publication,,Quetzal housing report,Informe quetzal de vivienda,,,,,,,es,2024-05-01,"
                + "Housing office,cc-by-4.0,,,demo-bogota,GCA:X;SDG:11,housing;quetzal,informe.pdf:es\n"
                + "imp-b,link,,Quetzal portal,,,,,,,,en,,,,https://example.org/quetzal,,,,,\n";
        MockMultipartFile docs = zip(Map.of("reports/informe.pdf", pdf));
        assertThat(send("es", "check", csv(rows), docs).getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("2 filas son válidas");
        assertThat(resources.findByExternalId("imp-a")).isEmpty();

        assertThat(importAndWait(csv(rows), docs)).contains("Import finished: 2 created, 0 updated.");
        Resource a = resources.findByExternalId("imp-a").orElseThrow();
        ResourceView view = service.find(a.id()).orElseThrow();
        assertThat(view.published()).isTrue();
        assertThat(view.title().get("es")).isEqualTo("Informe quetzal de vivienda");
        assertThat(view.articleIds()).hasSize(2);
        assertThat(service.files(a.id())).singleElement().satisfies(f -> assertThat(f.language())
                .isEqualTo("es"));
        mvc.perform(get("/en/resources").param("q", "quetzal"))
                .andExpect(content().string(containsString("Quetzal housing report")))
                .andExpect(content().string(containsString("Quetzal portal")));

        String changed = rows.replace("Quetzal housing report", "Quetzal housing report (second edition)");
        assertThat(importAndWait(csv(changed), docs)).contains("Import finished: 0 created, 2 updated.");
        assertThat(service.find(a.id()).orElseThrow().title().get("en"))
                .isEqualTo("Quetzal housing report (second edition)");
        assertThat(service.files(a.id())).hasSize(1);
    }

    @Test
    void anExportImportsBackAsUpdatesAndKeepsWhatItDoesNotCarry() throws Exception {
        MvcResult streamed = mvc.perform(get("/en/resources/export.csv").param("type", "declaration"))
                .andReturn();
        byte[] exported = mvc.perform(asyncDispatch(streamed))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(exported, StandardCharsets.UTF_8);
        long rows = text.lines().count() - 1;
        assertThat(rows).isPositive();
        MockMultipartFile file = new MockMultipartFile("file", "export.csv", "text/csv", exported);
        assertThat(importAndWait(file, null)).contains("Import finished: 0 created, " + rows + " updated.");
    }

    @Test
    void aBrokenZipOrMissingCsvGetsAClearMessage() throws Exception {
        MockMultipartFile junk =
                new MockMultipartFile("documents", "docs.zip", "application/zip", new byte[] {1, 2, 3});
        assertThat(send("fr", "check", csv(HEADER + "x,guide,,T,,,,,,,,en,,,,,,,,,a.pdf\n"), junk)
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Le fichier zip est illisible");
        mvc.perform(multipart("/en/resources/import")
                        .param("action", "check")
                        .with(csrf())
                        .with(user(editor())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a CSV file.")));
        mvc.perform(get("/en/resources/import/no-such-job").with(user(editor())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/en/resources/import/example.csv").with(user(editor())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("external_id,type,title_fr")));
    }
}
