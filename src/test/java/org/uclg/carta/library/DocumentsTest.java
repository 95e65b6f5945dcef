package org.uclg.carta.library;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import org.uclg.carta.CartaIntegrationTest;
import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.library.documents.ExtractionJob;
import org.uclg.carta.library.resource.Resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CartaIntegrationTest
class DocumentsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ExtractionJob extraction;

    @Autowired
    Resources resources;

    @Autowired
    CartaProperties props;

    private long resourceId(String externalId) {
        return resources.findByExternalId(externalId).orElseThrow().id();
    }

    private String upload(long resourceId, MockMultipartFile file, String language) throws Exception {
        UserDetails editor = users.loadUserByUsername("editor@carta.example");
        var result = mvc.perform(multipart("/es/resources/" + resourceId + "/files")
                        .file(file)
                        .param("language", language)
                        .with(csrf())
                        .with(user(editor)))
                .andReturn();
        Object error = result.getFlashMap().get("flashError");
        return error == null ? null : error.toString();
    }

    @Test
    void aSpanishPdfIsFoundAtTheRightPageWithoutAccents() throws Exception {
        long id = resourceId("demo-res-pb-porto-alegre");
        byte[] pdf = pdf(
                List.of(
                        "Introducción general al documento.",
                        "Metodología y fuentes consultadas.",
                        "La participación ciudadana en los presupuestos municipales creció cada año."),
                null);
        assertThat(upload(id, new MockMultipartFile("file", "informe.pdf", "application/pdf", pdf), ""))
                .isNull();
        extraction.runPending();

        String page = mvc.perform(get("/es/resources/" + id))
                .andExpect(content().string(containsString("informe.pdf")))
                .andExpect(content().string(containsString("3 páginas")))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        var thumbnail = java.util.regex.Pattern.compile("src=\"(/es/resources/\\d+/files/\\d+/thumbnail\\.png)\"")
                .matcher(page);
        assertThat(thumbnail.find()).isTrue();
        // Rendered on the first request, then served from storage.
        for (int i = 0; i < 2; i++) {
            byte[] png = mvc.perform(get(thumbnail.group(1)))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType("image/png"))
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            assertThat(png).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        }
        mvc.perform(get("/es/resources?q=participacion+presupuestos"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("#page=3")))
                .andExpect(content().string(containsString("Abrir el documento en la página 3")))
                .andExpect(content().string(containsString("<mark>participación</mark>")))
                // The passage ends the page's sentence: no ellipsis after it.
                .andExpect(content().string(containsString("creció cada año.</p>")));
        mvc.perform(get("/api/v1/resources?q=participacion+presupuestos&lang=es"))
                .andExpect(jsonPath("$.items[0].page.number").value(3))
                .andExpect(jsonPath("$.items[0].page.url").value(containsString("#page=3")))
                .andExpect(jsonPath("$.facets.fileType[0].value").value("pdf"));
        String fileUrl = "/es/resources/" + id + "/files/";
        mvc.perform(get("/es/resources?fileType=pdf"))
                .andExpect(content().string(containsString("Presupuesto participativo")));
        mvc.perform(get(fileUrl + "999999")).andExpect(status().isNotFound());
    }

    @Test
    void anEditorRemovesADocumentAndItsTextIsNoLongerFound() throws Exception {
        long id = resourceId("demo-res-water-dakar");
        assertThat(upload(
                        id,
                        new MockMultipartFile(
                                "file",
                                "erreur.pdf",
                                "application/pdf",
                                pdf(List.of("Un texte joint par erreur: zanzibarite."), null)),
                        "fr"))
                .isNull();
        extraction.runPending();
        mvc.perform(get("/api/v1/resources?q=zanzibarite"))
                .andExpect(jsonPath("$.total").value(1));
        String page = mvc.perform(get("/fr/resources/" + id))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String file = page.replaceAll("(?s).*href=\"(/fr/resources/" + id + "/files/\\d+)\">erreur\\.pdf.*", "$1");
        long storedBefore;
        try (Stream<Path> all = Files.walk(props.dataDir().resolve("files"))) {
            storedBefore = all.filter(Files::isRegularFile).count();
        }

        mvc.perform(post(file + "/delete").with(csrf())); // signed out: refused
        mvc.perform(get("/api/v1/resources?q=zanzibarite"))
                .andExpect(jsonPath("$.total").value(1));
        UserDetails editor = users.loadUserByUsername("editor@carta.example");
        mvc.perform(post(file + "/delete").with(csrf()).with(user(editor)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "library.flash.fileRemoved"));

        mvc.perform(get("/api/v1/resources?q=zanzibarite"))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/fr/resources/" + id))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("erreur.pdf"))));
        mvc.perform(get(file)).andExpect(status().isNotFound());
        try (Stream<Path> all = Files.walk(props.dataDir().resolve("files"))) {
            assertThat(all.filter(Files::isRegularFile).count()).isEqualTo(storedBefore - 1);
        }
        mvc.perform(post(file + "/delete").with(csrf()).with(user(editor))).andExpect(status().isNotFound());
    }

    @Test
    void documentsAreServedWithASafeType() throws Exception {
        long id = resourceId("demo-res-water-dakar");
        assertThat(upload(
                        id,
                        new MockMultipartFile(
                                "file", "plan.pdf", "application/pdf", pdf(List.of("Plan d'accès à l'eau."), null)),
                        "fr"))
                .isNull();
        extraction.runPending();
        String page = mvc.perform(get("/fr/resources/" + id))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String path = page.replaceAll("(?s).*href=\"(/fr/resources/" + id + "/files/\\d+)\".*", "$1");
        mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("inline")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void languageVersionsOfADocumentShowTheReadersOwnFirst() throws Exception {
        long id = resourceId("demo-res-accessible-services-guide");
        assertThat(upload(
                        id,
                        new MockMultipartFile(
                                "file",
                                "guide-en.pdf",
                                "application/pdf",
                                pdf(List.of("Accessible services guide."), null)),
                        "en"))
                .isNull();
        assertThat(upload(
                        id,
                        new MockMultipartFile(
                                "file",
                                "guia-es.pdf",
                                "application/pdf",
                                pdf(List.of("Guía de servicios accesibles."), null)),
                        "es"))
                .isNull();
        extraction.runPending();
        String es = mvc.perform(get("/es/resources/" + id))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(es.indexOf("guia-es.pdf")).isPositive().isLessThan(es.indexOf("guide-en.pdf"));
        assertThat(es).contains("En su idioma");
        String en = mvc.perform(get("/en/resources/" + id))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(en.indexOf("guide-en.pdf")).isPositive().isLessThan(en.indexOf("guia-es.pdf"));
    }

    @Test
    void theLanguageOfADocumentUploadedWithoutOneIsDetected() throws Exception {
        long id = resourceId("demo-res-safety-medellin");
        int badges = page("es", id).split("En su idioma", -1).length;
        assertThat(upload(
                        id,
                        new MockMultipartFile(
                                "file",
                                "note-b.pdf",
                                "application/pdf",
                                pdf(
                                        List.of(
                                                "La ciudad abrió casas de barrio donde los vecinos debaten las prioridades del presupuesto y los"
                                                        + " derechos de las personas mayores."),
                                        null)),
                        ""))
                .isNull();
        assertThat(upload(
                        id,
                        new MockMultipartFile(
                                "file",
                                "note-a.pdf",
                                "application/pdf",
                                pdf(
                                        List.of(
                                                "La ville a ouvert des maisons de quartier où les habitants débattent des priorités du budget"
                                                        + " et des droits des personnes âgées."),
                                        null)),
                        ""))
                .isNull();
        extraction.runPending();
        // Files in the reader's language come first, so the French note, uploaded last, leads for French readers.
        String fr = page("fr", id);
        assertThat(fr.indexOf("note-a.pdf")).isPositive().isLessThan(fr.indexOf("note-b.pdf"));
        assertThat(page("es", id).split("En su idioma", -1).length).isEqualTo(badges + 1);
    }

    private String page(String lang, long id) throws Exception {
        return mvc.perform(get("/" + lang + "/resources/" + id))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void hostileAndBrokenFilesGetAClearMessageAndLeaveNothingBehind() throws Exception {
        long id = resourceId("demo-res-safety-medellin");
        long before = storedFiles();
        assertThat(upload(id, new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]), ""))
                .isEqualTo("file.empty");
        assertThat(upload(
                        id,
                        new MockMultipartFile(
                                "file",
                                "page.pdf",
                                "application/pdf",
                                "<html><script>alert(1)</script></html>".getBytes()),
                        ""))
                .isEqualTo("file.typeNotAccepted");
        assertThat(upload(
                        id,
                        new MockMultipartFile(
                                "file", "tool.exe", "application/octet-stream", new byte[] {'M', 'Z', 0, 1, 2, 3}),
                        ""))
                .isEqualTo("file.typeNotAccepted");
        assertThat(upload(id, new MockMultipartFile("file", "report.pdf", "application/pdf", docx("hola")), ""))
                .isEqualTo("file.mismatch");
        assertThat(storedFiles()).isEqualTo(before);

        assertThat(upload(
                        id,
                        new MockMultipartFile(
                                "file", "locked.pdf", "application/pdf", pdf(List.of("secreto"), "owner-secret")),
                        ""))
                .isNull();
        byte[] corrupt = "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage garbage".getBytes();
        assertThat(upload(id, new MockMultipartFile("file", "broken.pdf", "application/pdf", corrupt), ""))
                .isNull();
        assertThat(upload(id, new MockMultipartFile("file", "bomb.docx", "application/octet-stream", zipBomb()), ""))
                .isNull();
        extraction.runPending();

        mvc.perform(get("/en/resources/" + id).with(user(users.loadUserByUsername("editor@carta.example"))))
                .andExpect(content().string(containsString("The document is protected by a password.")))
                .andExpect(content().string(containsString("The document is damaged or unreadable.")))
                .andExpect(content().string(containsString("Try again")));
        mvc.perform(get("/en/")).andExpect(status().isOk());
    }

    private long storedFiles() throws IOException {
        Path root = props.dataDir().resolve("files");
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    static byte[] pdf(List<String> pages, String ownerPassword) throws IOException {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String text : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.newLineAtOffset(50, 700);
                    cs.showText(text);
                    cs.endText();
                }
            }
            if (ownerPassword != null) {
                AccessPermission none = new AccessPermission();
                none.setCanExtractContent(false);
                StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, "user-pass", none);
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] docx(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(
                    ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                                    + ".wordprocessingml.document.main+xml\"/></Types>")
                            .getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(
                    ("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"
                                    + "<w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>")
                            .getBytes());
        }
        return out.toByteArray();
    }

    /** A DOCX whose document part inflates to 200 MB of text. */
    static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(
                    ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                                    + ".wordprocessingml.document.main+xml\"/></Types>")
                            .getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(
                    "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                            .getBytes());
            byte[] chunk =
                    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
                            .repeat(100)
                            .getBytes();
            for (int i = 0; i < 20_000; i++) {
                zip.write(chunk);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes());
        }
        return out.toByteArray();
    }
}
