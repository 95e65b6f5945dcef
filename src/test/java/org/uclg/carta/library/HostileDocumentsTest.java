package org.uclg.carta.library;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import org.uclg.carta.CartaIntegrationTest;
import org.uclg.carta.library.documents.DocumentExtractor;
import org.uclg.carta.library.documents.ExtractionJob;
import org.uclg.carta.library.resource.Resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** Documents built to break text extraction (issue #13, defect 2). */
@CartaIntegrationTest
class HostileDocumentsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ExtractionJob extraction;

    @Autowired
    Resources resources;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPdfWhoseTextHoldsNulDoesNotHoldBackTheOtherDocuments() throws Exception {
        long id =
                resources.findByExternalId("demo-res-water-dakar").orElseThrow().id();
        upload(id, "nul.pdf", nulPdf("Quarzolite", "mesure"));
        upload(id, "after.pdf", DocumentsTest.pdf(List.of("Un rapport sur la vranokite des quartiers."), null));
        extraction.runPending();

        assertThat(jdbc.sql("select status from resource_file where original_name in ('nul.pdf','after.pdf')")
                        .query(String.class)
                        .list())
                .containsOnly("READY");
        mvc.perform(get("/api/v1/resources?q=vranokite"))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/resources?q=quarzolite"))
                .andExpect(jsonPath("$.total").value(1));
        assertThat(jdbc.sql("select count(*) from resource_file_page where position(chr(1) in text) > 0")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aFileNameOfAThousandCharactersIsShortenedNotAServerError() throws Exception {
        long id =
                resources.findByExternalId("demo-res-water-dakar").orElseThrow().id();
        String name = "../" + "rapport-".repeat(125) + "\u0007.pdf";
        upload(id, name, DocumentsTest.pdf(List.of("Un rapport au nom interminable."), null));
        String kept = jdbc.sql("select original_name from resource_file where original_name like 'rapport-rapport-%'")
                .query(String.class)
                .single();
        assertThat(kept).hasSize(200).endsWith(".pdf").doesNotContain("/").doesNotContain("\u0007");
    }

    @Test
    void aHugePageGivesASmallThumbnailRenderedOnceAndDraftsAreNotCached() throws Exception {
        long id =
                resources.findByExternalId("demo-res-water-dakar").orElseThrow().id();
        byte[] huge;
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new org.apache.pdfbox.pdmodel.common.PDRectangle(14_400, 14_400));
            doc.addPage(page);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                content.showText("Une page gigantesque sur le logement.");
                content.endText();
            }
            doc.save(out);
            huge = out.toByteArray();
        }
        upload(id, "huge-page.pdf", huge);
        extraction.runPending();
        long fileId = jdbc.sql("select id from resource_file where original_name = 'huge-page.pdf'")
                .query(Long.class)
                .single();
        String url = "/en/resources/" + id + "/files/" + fileId + "/thumbnail.png";
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        var answers = new java.util.ArrayList<java.util.concurrent.Future<byte[]>>();
        for (int i = 0; i < 4; i++) {
            answers.add(pool.submit(
                    () -> mvc.perform(get(url)).andReturn().getResponse().getContentAsByteArray()));
        }
        byte[] first = answers.get(0).get();
        assertThat(first).as("a PNG").isNotEmpty();
        for (var answer : answers) {
            assertThat(answer.get()).isEqualTo(first);
        }
        pool.shutdown();
        var image = javax.imageio.ImageIO.read(new ByteArrayInputStream(first));
        assertThat(image.getWidth()).isLessThanOrEqualTo(200);
        assertThat(image.getHeight()).isLessThanOrEqualTo(300);
        assertThat(mvc.perform(get(url)).andReturn().getResponse().getHeader("Cache-Control"))
                .contains("public");

        jdbc.sql("update resource set pub_state = 'DRAFT' where id = ?")
                .param(id)
                .update();
        try {
            var draft = mvc.perform(get(url).with(user(users.loadUserByUsername("editor@carta.example"))))
                    .andReturn()
                    .getResponse();
            assertThat(draft.getStatus()).isEqualTo(200);
            assertThat(draft.getHeader("Cache-Control")).isEqualTo("private, no-store");
        } finally {
            jdbc.sql("update resource set pub_state = 'PUBLISHED' where id = ?")
                    .param(id)
                    .update();
        }
    }

    @Test
    void textIsMadeStorable() {
        assertThat(DocumentExtractor.storable("a\u0000b\u0001c\td\ne\uD800f\uD83D\uDE00g"))
                .isEqualTo("abc\td\nef\uD83D\uDE00g");
        assertThat(DocumentExtractor.storable("plain")).isEqualTo("plain");
    }

    private void upload(long id, String name, byte[] pdf) throws Exception {
        var result = mvc.perform(multipart("/fr/resources/" + id + "/files")
                        .file(new MockMultipartFile("file", name, "application/pdf", pdf))
                        .param("language", "fr")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("editor@carta.example"))))
                .andReturn();
        assertThat(result.getFlashMap().get("flashError")).isNull();
    }

    /** A PDF whose font maps byte 0 to U+0000 and byte 1 to U+0001, between two words. */
    static byte[] nulPdf(String first, String second) throws Exception {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            String cmap = """
                    /CIDInit /ProcSet findresource begin 12 dict begin begincmap
                    /CMapName /Nul def 1 begincodespacerange <00> <FF> endcodespacerange
                    2 beginbfchar <00> <0000> <01> <0001> endbfchar
                    endcmap CMapName currentdict /CMap defineresource pop end end
                    """;
            font.getCOSObject()
                    .setItem(
                            COSName.TO_UNICODE,
                            new PDStream(doc, new ByteArrayInputStream(cmap.getBytes(StandardCharsets.US_ASCII))));
            PDResources res = new PDResources();
            res.put(COSName.getPDFName("F1"), font);
            page.setResources(res);
            StringBuilder hex = new StringBuilder();
            for (byte b : (first + "\u0000\u0001 " + second).getBytes(StandardCharsets.ISO_8859_1)) {
                hex.append(String.format("%02X", b));
            }
            String content = "BT /F1 12 Tf 50 700 Td <" + hex + "> Tj ET";
            page.setContents(new PDStream(doc, new ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII))));
            doc.save(out);
            return out.toByteArray();
        }
    }
}
