package org.uclg.carta.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The charter follow-up as its users live it, in a real browser without JavaScript: a
 * representative writes and submits a report in Spanish, the secretariat returns it with a
 * comment and then publishes it, and only then do the dashboard, the map, the PDF and the API show it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
            "server.port=" + ReportingBrowserTest.PORT,
            "carta.base-url=http://localhost:" + ReportingBrowserTest.PORT,
            "carta.db.embedded-temporary=true",
            "spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create",
            "carta.data-dir=target/test-data-browser-reporting",
            "carta.demo=true",
            "carta.monitoring.mail-initial-delay-ms=3600000",
            "carta.admin.email=" + ReportingBrowserTest.ADMIN,
            "carta.admin.password=" + ReportingBrowserTest.PASSWORD
        })
class ReportingBrowserTest {

    static final int PORT = 18091;
    static final String ADMIN = "admin@browser.test";
    static final String PASSWORD = "browser-admin-1";
    static final String DEMO_PASSWORD = "carta-demo-2026";
    static final String BASE = "http://localhost:" + PORT;
    static final String NARRATIVE = "El pleno aprobó el plan municipal y lo evalúa cada semestre.";

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.require();
    }

    @Test
    void aSpanishReportIsReturnedThenPublishedAndOnlyThenShownToThePublic() throws Exception {
        String report;
        String cyclePath;
        try (Browser rep = new Browser(BASE, false)) {
            rep.signIn("representative@carta.example", DEMO_PASSWORD);
            rep.open("/es/monitoring/cycles").clickLink("Carta-Agenda Mundial 2025–2026");
            cyclePath = rep.path();
            rep.click("form[action$='/reports'] button");
            assertThat(rep.find("h1").getText()).isEqualTo("Informe de Montevideo");
            report = rep.path().replace("/edit", "").replace("/es", "");

            // A first draft, half done, then a submission that says what is missing.
            Select first = new Select(rep.driver
                    .findElements(By.cssSelector("select[id^='status-']"))
                    .get(0));
            first.selectByVisibleText("En curso");
            rep.driver
                    .findElements(By.cssSelector("textarea[lang='es']"))
                    .get(0)
                    .sendKeys(NARRATIVE);
            rep.click("button[value='submit']");
            assertThat(rep.text())
                    .contains("Su borrador se guardó, pero aún no puede enviarse")
                    .contains("Elija un estado.");
            assertThat(rep.driver
                            .findElements(By.cssSelector("textarea[lang='es']"))
                            .get(0)
                            .getAttribute("value"))
                    .isEqualTo(NARRATIVE);

            fillEverything(rep);
            rep.click("button[value='submit']");
            assertThat(rep.text()).contains("Su informe se envió.").contains("Enviado");
        }
        assertThat(httpGet("/api/v1/monitoring/cycles/" + cycleId(cyclePath) + "/reports"))
                .doesNotContain("Montevideo")
                .doesNotContain("\"submitted\"");

        try (Browser editor = new Browser(BASE, false)) {
            editor.signIn("editor@carta.example", DEMO_PASSWORD);
            editor.open("/es" + report).click("form[action$='/review'] button.btn-outline-primary");
            assertThat(editor.text()).contains("La revisión comenzó.");
            editor.type("#comment", "Añadan el acta del pleno, por favor.").click("button.btn-outline-warning");
            assertThat(editor.text()).contains("El informe se devolvió con sus comentarios.");
        }

        try (Browser rep = new Browser(BASE, false)) {
            rep.signIn("representative@carta.example", DEMO_PASSWORD);
            rep.open("/es" + report);
            assertThat(rep.text()).contains("Añadan el acta del pleno, por favor.");
            rep.clickLink("Continuar el informe");
            rep.type("input[id^='evidence-'][id$='-url']", "https://montevideo.example/acta");
            rep.click("button[value='submit']");
            assertThat(rep.text()).contains("Su informe se envió.");
        }

        try (Browser editor = new Browser(BASE, false)) {
            editor.signIn("editor@carta.example", DEMO_PASSWORD);
            editor.open("/es" + report).click("form[action$='/review'] button.btn-outline-primary");
            editor.click("form[action$='/review'] button.btn-success");
            assertThat(editor.text()).contains("El informe está publicado.");
        }

        String pdfLink;
        try (Browser reader = new Browser(BASE, false)) {
            reader.open("/es" + report);
            assertThat(reader.text()).contains(NARRATIVE).contains("Publicado");
            pdfLink = reader.find("a[href$='/report.pdf']").getAttribute("href");
            reader.open("/es/monitoring/frameworks/GCA/dashboard?cycle=" + cycleId(cyclePath));
            WebElement uruguay = reader.driver.findElement(By.xpath("//tr[th[text()='Uruguay']]"));
            assertThat(uruguay.getText()).endsWith("1");
            assertThat(reader.driver.findElements(By.cssSelector("svg.world-map path.map-reported")))
                    .isNotEmpty();
        }
        String api = httpGet("/api/v1/monitoring/cycles/" + cycleId(cyclePath) + "/reports");
        assertThat(api)
                .contains("Montevideo")
                .contains(NARRATIVE)
                .doesNotContain("\"draft\"")
                .doesNotContain("\"submitted\"")
                .doesNotContain("\"under_review\"");
        byte[] pdf = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(pdfLink)).build(), HttpResponse.BodyHandlers.ofByteArray())
                .body();
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc))
                    .contains("Montevideo")
                    .contains("El pleno aprobó");
        }
    }

    @Test
    void theReportingPagesHaveNoSeriousAccessibilityViolation() throws Exception {
        List<String> violations = new ArrayList<>();
        try (Browser b = new Browser(BASE, true)) {
            for (String page : List.of(
                    "/es/monitoring/cycles",
                    "/fr/monitoring/cycles/1",
                    "/en/monitoring/frameworks/GCA/dashboard",
                    "/es/monitoring/compare?lg=1&lg=2&article=1&indicator=2",
                    "/fr/monitoring/reports/1",
                    "/en/monitoring/local-governments/2")) {
                violations.addAll(b.open(page).seriousViolations());
            }
            b.signIn("editor@carta.example", DEMO_PASSWORD);
            for (String page : List.of(
                    "/es/monitoring/frameworks/GCA/cycles/new",
                    "/en/monitoring/cycles/3/edit",
                    "/fr/monitoring/values/import",
                    "/es/monitoring/reports/2/edit")) {
                violations.addAll(b.open(page).seriousViolations());
            }
        }
        assertThat(violations).isEmpty();
    }

    /** Every article gets a status and a text, every indicator a value. */
    private static void fillEverything(Browser b) {
        for (WebElement select : b.driver.findElements(By.cssSelector("select[id^='status-']"))) {
            new Select(select).selectByVisibleText("Logrado");
        }
        for (WebElement text : b.driver.findElements(By.cssSelector("textarea[lang='es']"))) {
            if (text.getAttribute("value").isBlank()) {
                text.sendKeys(NARRATIVE);
            }
        }
        for (WebElement value : b.driver.findElements(By.cssSelector("input[id^='value-']"))) {
            value.clear();
            value.sendKeys("1");
        }
    }

    private static String cycleId(String cyclePath) {
        return cyclePath.substring(cyclePath.lastIndexOf('/') + 1);
    }

    private static String httpGet(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(BASE + path)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
