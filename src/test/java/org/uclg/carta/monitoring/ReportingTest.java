package org.uclg.carta.monitoring;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.uclg.carta.CartaIntegrationTest;
import org.uclg.carta.monitoring.dashboard.DownloadController;
import org.uclg.carta.monitoring.indicator.Indicators;
import org.uclg.carta.monitoring.reporting.CycleMailer;
import org.uclg.carta.monitoring.reporting.ReportService;
import org.uclg.carta.monitoring.reporting.ReportState;
import org.uclg.carta.monitoring.reporting.ReportView;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.DirectoryQuery;
import org.uclg.carta.taxonomy.Taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A reporting cycle from its opening to a published report, as its users and the public see it. */
@CartaIntegrationTest
@org.springframework.test.context.event.RecordApplicationEvents
class ReportingTest {

    @Autowired
    org.springframework.test.context.event.ApplicationEvents events;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Directory directory;

    @Autowired
    Taxonomy taxonomy;

    @Autowired
    Indicators indicators;

    @Autowired
    ReportService reports;

    @Autowired
    CycleMailer mailer;

    @Test
    void aReportGoesFromDraftToPublishedAndOnlyThenBecomesPublic() throws Exception {
        UserDetails editor = users.loadUserByUsername("editor@carta.example");
        UserDetails rep = users.loadUserByUsername("representative@carta.example");
        long montevideo = directory
                .search(new DirectoryQuery("Montevideo", null, null, null, 1, 1), "en")
                .items()
                .get(0)
                .id();
        long one = taxonomy.article("GCA", "I").orElseThrow().id();
        long two = taxonomy.article("GCA", "II").orElseThrow().id();
        long indicator = indicators.findByCode("PRO-01").orElseThrow().view().id();
        LocalDate today = LocalDate.now();

        // The secretariat opens a cycle; a wrong form keeps what was typed and says what is wrong.
        mvc.perform(post("/es/monitoring/frameworks/GCA/cycles/new")
                        .with(csrf())
                        .with(user(editor))
                        .param("title.values[es]", "Ciclo de prueba")
                        .param("periodStart", "2026-01-01")
                        .param("periodEnd", "2025-01-01")
                        .param("scale.values[es]", "Solo uno"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("El periodo debe terminar después de empezar.")))
                .andExpect(content().string(containsString("Indique entre 2 y 10 estados")))
                .andExpect(content().string(containsString("Ciclo de prueba")));
        mvc.perform(post("/es/monitoring/frameworks/GCA/cycles/new")
                        .with(csrf())
                        .with(user(rep))
                        .param("title.values[es]", "No"))
                .andExpect(status().isForbidden());
        String created = mvc.perform(post("/es/monitoring/frameworks/GCA/cycles/new")
                        .with(csrf())
                        .with(user(editor))
                        .param("title.values[es]", "Ciclo de prueba")
                        .param("title.values[en]", "Test cycle")
                        .param("periodStart", "2025-01-01")
                        .param("periodEnd", "2025-12-31")
                        .param("opensOn", today.minusDays(1).toString())
                        .param("deadline", today.plusDays(3).toString())
                        .param("instructions.values[es]", "Responda **todo**.")
                        .param("scale.values[es]", "No iniciado\nPrevisto\nEn curso\nLogrado\nNo aplica")
                        .param("scale.values[en]", "Not started\nPlanned\nIn progress\nAchieved\nNot applicable")
                        .param("articleIds", String.valueOf(one), String.valueOf(two))
                        .param("indicatorIds", String.valueOf(indicator)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long cycle = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
        mvc.perform(get("/es/monitoring/cycles/" + cycle))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>todo</strong>")));

        // Invitations and reminders go once: the deadline is three days away.
        assertThat(mailer.sendDue()).isGreaterThanOrEqualTo(2);
        assertThat(mailer.sendDue()).isZero();
        mvc.perform(get("/en/admin/mail").with(user(users.loadUserByUsername(CartaIntegrationTest.ADMIN_EMAIL))))
                .andExpect(content().string(containsString("Rapport de Montevideo : ")))
                .andExpect(content().string(containsString("Rappel : le rapport de Montevideo est attendu le")));

        // The representative begins the report and saves a partial draft.
        String edit = mvc.perform(post("/es/monitoring/cycles/" + cycle + "/reports")
                        .with(csrf())
                        .with(user(rep))
                        .param("localGovernment", String.valueOf(montevideo)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long report = Long.parseLong(edit.replaceAll(".*/reports/(\\d+)/edit", "$1"));
        mvc.perform(get(edit).with(user(rep))).andExpect(status().isOk());
        mvc.perform(save(report, 0, rep)
                        .param("status[" + one + "]", "achieved")
                        .param("narrative[" + one + "-es]", "<script>alert(1)</script>Plan aprobado")
                        .param("value[" + indicator + "]", "muchos")
                        .param("breakdown[" + indicator + "]", "mujeres 12")
                        .param("action", "save"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Introduzca un número, por ejemplo 12,5.")))
                .andExpect(content().string(containsString("Escriba una desagregación por línea")))
                .andExpect(content().string(containsString("mujeres 12")))
                .andExpect(content().string(containsString("muchos")));
        mvc.perform(save(report, 0, rep)
                        .param("status[" + one + "]", "achieved")
                        .param("narrative[" + one + "-es]", "<script>alert(1)</script>Plan aprobado")
                        .param("action", "save"))
                .andExpect(status().is3xxRedirection());

        // Drafts are never public: not to anonymous readers, the API, the dashboard or another representative.
        mvc.perform(get("/es/monitoring/reports/" + report)).andExpect(status().isNotFound());
        mvc.perform(get("/es/monitoring/reports/" + report + "/edit")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/monitoring/cycles/" + cycle + "/reports"))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/es/monitoring/frameworks/GCA/dashboard?cycle=" + cycle))
                .andExpect(content().string(not(containsString("Plan aprobado"))));

        // Submitting checks completeness; the draft is kept.
        mvc.perform(save(
                                report,
                                reports.visible(report, ((org.uclg.carta.accounts.CartaUser) rep).actor())
                                        .version(),
                                rep)
                        .param("status[" + one + "]", "achieved")
                        .param("narrative[" + one + "-es]", "<script>alert(1)</script>Plan aprobado")
                        .param("action", "submit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Su borrador se guardó, pero aún no puede enviarse")))
                .andExpect(content().string(containsString("Elija un estado.")))
                .andExpect(content().string(containsString("Indique un valor.")));
        assertThat(reports.visible(report, ((org.uclg.carta.accounts.CartaUser) rep).actor())
                        .state())
                .isEqualTo(ReportState.DRAFT);

        // Two representatives saving from the same version: the second is told, and keeps both texts.
        long version = reports.visible(report, ((org.uclg.carta.accounts.CartaUser) rep).actor())
                .version();
        mvc.perform(save(report, version, rep)
                        .param("status[" + one + "]", "achieved")
                        .param("narrative[" + one + "-es]", "Versión de Ana")
                        .param("action", "save"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(save(report, version, rep)
                        .param("status[" + one + "]", "in_progress")
                        .param("narrative[" + one + "-es]", "Versión de Luis")
                        .param("action", "save"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("guardó este informe mientras usted lo editaba")))
                .andExpect(content().string(containsString("Versión de Ana")))
                .andExpect(content().string(containsString("Versión de Luis")));

        version = reports.visible(report, ((org.uclg.carta.accounts.CartaUser) rep).actor())
                .version();
        mvc.perform(multipart("/es/monitoring/reports/" + report + "/edit")
                        .file(new MockMultipartFile(
                                "file-" + one,
                                "acta.txt",
                                "text/plain",
                                "Acta del pleno".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(user(rep))
                        .param("version", String.valueOf(version))
                        .param("status[" + one + "]", "achieved")
                        .param("narrative[" + one + "-es]", "<script>alert(1)</script>Plan aprobado")
                        .param("status[" + two + "]", "not_applicable")
                        .param("evidenceUrl[" + one + "]", "https://montevideo.example/plan")
                        .param("value[" + indicator + "]", "23,5")
                        .param("action", "submit"))
                .andExpect(status().is3xxRedirection());
        ReportView submitted = reports.visible(report, ((org.uclg.carta.accounts.CartaUser) rep).actor());
        assertThat(submitted.state()).isEqualTo(ReportState.SUBMITTED);
        assertThat(submitted.evidence()).hasSize(2);
        mvc.perform(get(edit).with(user(rep))).andExpect(status().is3xxRedirection());

        // The review: returned with a comment, corrected, then published.
        String review = "/en/monitoring/reports/" + report + "/review";
        mvc.perform(post(review).with(csrf()).with(user(rep)).param("step", "start"))
                .andExpect(status().isForbidden());
        mvc.perform(post(review).with(csrf()).with(user(editor)).param("step", "publish"))
                .andExpect(status().is3xxRedirection());
        assertThat(reports.visible(report, ((org.uclg.carta.accounts.CartaUser) rep).actor())
                        .state())
                .isEqualTo(ReportState.SUBMITTED);
        mvc.perform(post(review).with(csrf()).with(user(editor)).param("step", "start"));
        mvc.perform(post(review)
                .with(csrf())
                .with(user(editor))
                .param("step", "return")
                .param("comment", " "));
        assertThat(reports.visible(report, ((org.uclg.carta.accounts.CartaUser) rep).actor())
                        .state())
                .isEqualTo(ReportState.UNDER_REVIEW);
        mvc.perform(post(review)
                .with(csrf())
                .with(user(editor))
                .param("step", "return")
                .param("comment", "Añadan la cifra de 2025, por favor."));
        mvc.perform(get("/es/monitoring/reports/" + report).with(user(rep)))
                .andExpect(content().string(containsString("Añadan la cifra de 2025, por favor.")))
                .andExpect(content().string(containsString("Devuelto con comentarios")));
        version = reports.visible(report, ((org.uclg.carta.accounts.CartaUser) rep).actor())
                .version();
        mvc.perform(save(report, version, rep)
                        .param("status[" + one + "]", "achieved")
                        .param("narrative[" + one + "-es]", "<script>alert(1)</script>Plan aprobado")
                        .param("status[" + two + "]", "not_applicable")
                        .param("value[" + indicator + "]", "24")
                        .param("breakdown[" + indicator + "]", "sex = female: 25,5\nsex=male: 22")
                        .param("year[" + indicator + "]", "2025")
                        .param("action", "submit"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(review).with(csrf()).with(user(editor)).param("step", "start"));
        mvc.perform(post(review).with(csrf()).with(user(editor)).param("step", "publish"));
        assertThat(reports.visible(report, null).state()).isEqualTo(ReportState.PUBLISHED);
        assertThat(events.stream(ReportPublished.class))
                .containsExactly(new ReportPublished(report, montevideo, cycle));

        // Now it is public everywhere, with scripts shown as text.
        mvc.perform(get("/es/monitoring/reports/" + report))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Plan aprobado")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        mvc.perform(get("/api/v1/monitoring/cycles/" + cycle + "/reports"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].state").value("published"))
                .andExpect(jsonPath("$.items[0].answers[0].status").value("achieved"))
                .andExpect(jsonPath("$.items[0].values[0].value").value(24));
        mvc.perform(get("/es/monitoring/frameworks/GCA/dashboard?cycle=" + cycle))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Uruguay")))
                .andExpect(content().string(not(containsString(" style="))));
        mvc.perform(asyncDispatch(mvc.perform(get("/en/monitoring/frameworks/GCA/values.csv"))
                        .andReturn()))
                .andExpect(content().string(containsString("PRO-01," + montevideo + ",")))
                .andExpect(content().string(containsString(",2025,,24.000000,%,")))
                .andExpect(content().string(containsString(",2025,sex=female,25.500000,%,")));
        mvc.perform(asyncDispatch(mvc.perform(get("/es/monitoring/cycles/" + cycle + "/statuses.csv"))
                        .andReturn()))
                .andExpect(content().string(containsString(",Montevideo,UY,GCA,II,not_applicable,No aplica,")));
        mvc.perform(get("/es/monitoring/cycles/" + cycle + "/statuses.xlsx"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", DownloadController.XLSX));
        byte[] pdf = mvc.perform(get("/es/monitoring/local-governments/" + montevideo + "/report.pdf"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc))
                    .contains("Montevideo")
                    .contains("Logrado");
        }
        mvc.perform(get("/es/frameworks/GCA/articles/I"))
                .andExpect(content().string(containsString("Montevideo – Logrado")));

        // Forged ids are simply not found.
        mvc.perform(get("/es/monitoring/reports/999999")).andExpect(status().isNotFound());
        mvc.perform(get("/es/monitoring/reports/" + report + "/evidence/99")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/monitoring/cycles/999999/reports")).andExpect(status().isNotFound());
        mvc.perform(get("/es/monitoring/cycles/999999/report.pdf")).andExpect(status().isNotFound());
    }

    @Test
    void indicatorValuesImportFromCsvWithARowByRowReport() throws Exception {
        UserDetails editor = users.loadUserByUsername("editor@carta.example");
        long bogota = directory.findByExternalId("demo-bogota").orElseThrow().id();
        String bad = "indicator,local_government,year,value,unit\nNOPE-1,demo-bogota,2024,3,%\n"
                + "PRO-01,demo-bogota,2024,130,%\nPRO-01,demo-bogota,2024,3,km\nPRO-02,nowhere,2024,3,\n"
                + "PRO-02,demo-bogota,2024,5,\nPRO-02," + bogota + ",2024,6,\n";
        mvc.perform(multipart("/es/monitoring/values/import")
                        .file(new MockMultipartFile("file", "v.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
                        .param("action", "import")
                        .with(csrf())
                        .with(user(editor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Código de indicador desconocido.")))
                .andExpect(content().string(containsString("Este valor está fuera de lo que permite la unidad")))
                .andExpect(content().string(containsString("Esta no es la unidad del indicador.")))
                .andExpect(content().string(containsString("Gobierno local desconocido.")))
                .andExpect(content().string(containsString("aparecen en una línea anterior")));
        String good = "indicator,local_government,year,value,disaggregation\nPRO-02,demo-bogota,2024,5120,\n"
                + "PRO-02,demo-bogota,2024,2800,sex=female\n";
        mvc.perform(multipart("/es/monitoring/values/import")
                        .file(new MockMultipartFile("file", "v.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
                        .param("action", "import")
                        .with(csrf())
                        .with(user(editor)))
                .andExpect(status().isOk());
        mvc.perform(get("/en/monitoring/local-governments/" + bogota))
                .andExpect(content().string(containsString("5120")));
        mvc.perform(multipart("/es/monitoring/values/import")
                        .file(new MockMultipartFile("file", "v.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(user(users.loadUserByUsername("representative@carta.example"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDemoDashboardsComparisonAndMapShowPublishedData() throws Exception {
        mvc.perform(get("/fr/monitoring/frameworks/GCA/dashboard"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"world-map\"")))
                .andExpect(content().string(containsString("class=\"map-reported\"")))
                .andExpect(content().string(containsString("Taux de rapport par cycle")))
                .andExpect(content().string(containsString("class=\"chart\"")));
        long a = directory.findByExternalId("demo-bogota").orElseThrow().id();
        long b = directory
                .search(new DirectoryQuery("Graz", null, null, null, 1, 1), "en")
                .items()
                .get(0)
                .id();
        long article = taxonomy.article("GCA", "II").orElseThrow().id();
        long indicator = indicators.findByCode("OUT-01").orElseThrow().view().id();
        mvc.perform(get("/es/monitoring/compare").param("lg", String.valueOf(a)))
                .andExpect(content().string(containsString("Elija entre dos y cinco gobiernos locales.")));
        mvc.perform(get("/es/monitoring/compare")
                        .param("lg", String.valueOf(a), String.valueOf(b))
                        .param("article", String.valueOf(article))
                        .param("indicator", String.valueOf(indicator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bogotá")))
                .andExpect(content().string(containsString("Graz")))
                .andExpect(content().string(containsString("class=\"chart\"")));
        mvc.perform(get("/api/v1/monitoring/frameworks/GCA/cycles"))
                .andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(3)));
        mvc.perform(get("/api/v1/monitoring/cycles/1/reports"))
                .andExpect(jsonPath("$.items[*].state")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("published"))));
    }

    @Test
    void aYesNoIndicatorReadsAsAStatusPerYearNotAsAChartOfZerosAndOnes() throws Exception {
        long bogota = directory.findByExternalId("demo-bogota").orElseThrow().id();
        long graz = directory
                .search(new DirectoryQuery("Graz", null, null, null, 1, 1), "en")
                .items()
                .get(0)
                .id();
        String page = mvc.perform(get("/en/monitoring/local-governments/" + bogota))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page)
                .contains("class=\"status-years")
                .containsPattern("20\\d\\d: (Yes|No)</li>")
                .doesNotContain("(0/1)");
        long yesNo = indicators.findByCode("STR-01").orElseThrow().view().id();
        String compared = mvc.perform(get("/es/monitoring/compare")
                        .param("lg", String.valueOf(bogota), String.valueOf(graz))
                        .param("indicator", String.valueOf(yesNo)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        org.assertj.core.api.Assertions.assertThat(compared)
                .containsPattern("(Sí|No) \\(20\\d\\d\\)")
                .doesNotContain("0/1 (");
    }

    private MockHttpServletRequestBuilder save(long report, long version, UserDetails who) {
        return post("/es/monitoring/reports/" + report + "/edit")
                .with(csrf())
                .with(user(who))
                .param("version", String.valueOf(version));
    }
}
