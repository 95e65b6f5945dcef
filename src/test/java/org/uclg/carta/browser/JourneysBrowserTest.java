package org.uclg.carta.browser;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The core journeys in a real headless Chromium, with JavaScript on and off, and axe-core on
 * every kind of page.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
            "server.port=" + JourneysBrowserTest.PORT,
            "carta.base-url=http://localhost:" + JourneysBrowserTest.PORT,
            "carta.db.embedded-temporary=true",
            "spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create",
            "carta.data-dir=target/test-data-browser",
            "carta.demo=true",
            "carta.admin.email=" + JourneysBrowserTest.ADMIN,
            "carta.admin.password=" + JourneysBrowserTest.PASSWORD
        })
class JourneysBrowserTest {

    static final int PORT = 18089;
    static final String ADMIN = "admin@browser.test";
    static final String PASSWORD = "browser-admin-1";
    static final String BASE = "http://localhost:" + PORT;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.require();
    }

    @ParameterizedTest(name = "javascript={0}")
    @ValueSource(booleans = {true, false})
    void switchingLanguageKeepsThePage(boolean javascript) throws Exception {
        try (Browser b = new Browser(BASE, javascript)) {
            b.open("/");
            assertThat(b.waitForPath("/en/")).isEqualTo("/en/");
            b.clickLink("Network");
            b.click("a[hreflang='fr']");
            assertThat(b.waitForPath("/fr/network")).isEqualTo("/fr/network");
            assertThat(b.find("html").getAttribute("lang")).isEqualTo("fr");
            assertThat(b.find("h1").getText()).isEqualTo("Annuaire du réseau");
            b.click("a[hreflang='es']");
            assertThat(b.find("h1").getText()).isEqualTo("Directorio de la red");
        }
    }

    @ParameterizedTest(name = "javascript={0}")
    @ValueSource(booleans = {true, false})
    void registerConfirmByEmailAndSignIn(boolean javascript) throws Exception {
        String email = "newcomer-" + javascript + "@browser.test";
        try (Browser b = new Browser(BASE, javascript)) {
            b.open("/es/register")
                    .type("#email", email)
                    .type("#name", "Nadia")
                    .type("#password", "short")
                    .type("#confirmation", "short")
                    .click("main button[type=submit]");
            assertThat(b.text()).contains("La contraseña necesita al menos 10 caracteres.");
            assertThat(b.find("#email").getAttribute("value")).isEqualTo(email);
            b.type("#password", "nadia-password-1")
                    .type("#confirmation", "nadia-password-1")
                    .click("main button[type=submit]");
            assertThat(b.text()).contains("Casi listo");

            String link = mailLink(b, email);
            b.open(link);
            assertThat(b.text()).contains("Su dirección está confirmada");
            b.open("/es/login")
                    .type("#email", email)
                    .type("#password", "nadia-password-1")
                    .click("main button[type=submit]");
            assertThat(b.waitForPath("/es/")).isEqualTo("/es/");
            assertThat(b.text()).contains("Nadia");
        }
    }

    @ParameterizedTest(name = "javascript={0}")
    @ValueSource(booleans = {true, false})
    void anAdminInvitesARepresentativeWhoAccepts(boolean javascript) throws Exception {
        String email = "officer-" + javascript + "@browser.test";
        try (Browser b = new Browser(BASE, javascript)) {
            b.signIn(ADMIN, PASSWORD);
            b.open("/fr/admin").clickLink("Inviter un·e représentant·e");
            b.type("#email", email).choose("#localGovernmentId", "Rosario").click("main form button[type=submit]");
            assertThat(b.text()).contains("L'invitation a été envoyée.");
            String link = mailLink(b, email);
            b.signOut();

            b.open(link);
            assertThat(b.text()).contains("Rosario");
            b.type("#name", "Olga")
                    .type("#password", "olga-password-1")
                    .type("#confirmation", "olga-password-1")
                    .click("main button[type=submit]");
            assertThat(b.text()).contains("Invitation acceptée");
            b.type("#email", email).type("#password", "olga-password-1").click("main button[type=submit]");
            b.open("/fr/account");
            assertThat(b.text()).contains("Rosario").contains("Représentant·e de gouvernement local");
        }
    }

    @ParameterizedTest(name = "javascript={0}")
    @ValueSource(booleans = {true, false})
    void theDirectoryFilters(boolean javascript) throws Exception {
        try (Browser b = new Browser(BASE, javascript)) {
            b.open("/en/network");
            b.choose("#f-region", "Africa");
            if (!javascript) {
                b.click("#filters button[type=submit]");
            }
            waitFor(() -> b.text().contains("7 local governments"));
            assertThat(b.text()).contains("Dakar").doesNotContain("Montevideo");
            assertThat(b.driver.getCurrentUrl()).contains("region=AFRICA");
        }
    }

    @Test
    void anEditorCorrectsATaxonomyLabelAndALocalGovernment() throws Exception {
        try (Browser b = new Browser(BASE, false)) {
            b.signIn("editor@carta.example", "carta-demo-2026");
            b.open("/en/frameworks/GGP/articles/3/edit")
                    .type("#label-en", "Social inclusion and cultural diversity (checked)")
                    .click("#verified")
                    .click("main form button[type=submit]");
            assertThat(b.find("h1").getText()).contains("(checked)");
            b.open("/en/network?q=Graz").clickLink("Graz").clickLink("Edit");
            b.type("#population", "305000").click("main form button[type=submit]");
            assertThat(b.text()).contains("Your changes were saved.").contains("305,000");
        }
    }

    @Test
    void noSeriousAccessibilityViolationOnAnyPageType() throws Exception {
        List<String> violations = new ArrayList<>();
        try (Browser b = new Browser(BASE, true)) {
            for (String page : List.of(
                    "/en/",
                    "/fr/action-plan",
                    "/es/network",
                    "/en/network/local-governments/1",
                    "/en/network/partners/1",
                    "/fr/frameworks",
                    "/es/frameworks/ECSHRC",
                    "/en/frameworks/GCA/articles/X",
                    "/fr/pages/about",
                    "/en/login",
                    "/es/register",
                    "/fr/password/forgot",
                    "/en/nothing-here",
                    "/es/resources",
                    "/fr/resources/2",
                    "/es/monitoring",
                    "/fr/monitoring/frameworks/ECSHRC",
                    "/es/search?q=vivienda",
                    "/fr/monitoring/indicators",
                    "/es/monitoring/indicators/1",
                    "/es/monitoring/local-governments/1",
                    "/fr/monitoring/commitments/1",
                    "/en/events",
                    "/fr/events/month",
                    "/es/events/3",
                    "/fr/events/1",
                    "/en/forum",
                    "/fr/forum/1",
                    "/es/forum/sessions/1",
                    "/en/forum/speakers/1",
                    "/es/debates",
                    "/fr/debates/1",
                    "/es/forum/3/call",
                    "/es/newsletter",
                    "/fr/newsletter/issues/2",
                    "/en/campaigns",
                    "/fr/campaigns/1",
                    "/es/campaigns/2",
                    "/es/initiatives",
                    "/en/initiatives/1",
                    "/fr/network/partners",
                    "/es/network/partners/3",
                    "/en/campaigns/signatures/mine")) {
                violations.addAll(b.open(page).seriousViolations());
            }
            b.signIn(ADMIN, PASSWORD);
            for (String page : List.of(
                    "/en/account",
                    "/fr/admin",
                    "/en/admin/invitations",
                    "/es/admin/users",
                    "/en/admin/mail",
                    "/fr/admin/background-work",
                    "/fr/network/local-governments/1/edit",
                    "/en/network/import",
                    "/es/frameworks/GCA/articles/I/edit",
                    "/en/pages/about/edit",
                    "/en/resources/new",
                    "/fr/resources/mine",
                    "/es/resources/1/edit",
                    "/en/resources/import",
                    "/fr/monitoring/frameworks/GCA/adherences/new",
                    "/es/monitoring/adherences/1/withdraw",
                    "/en/monitoring/indicators/new",
                    "/fr/monitoring/indicators/1/edit",
                    "/en/monitoring/local-governments/1/commitments/new",
                    "/es/monitoring/commitments/1/edit",
                    "/en/events/new",
                    "/fr/events/3/edit",
                    "/es/events/3/questions",
                    "/en/events/3/registrants",
                    "/fr/events/3/attendance",
                    "/en/forum/agenda",
                    "/fr/forum/1/setup",
                    "/es/forum/3/sessions/new",
                    "/en/forum/speakers/1/edit",
                    "/en/debates/1",
                    "/es/debates/new",
                    "/en/forum/3/call",
                    "/fr/forum/proposals/1",
                    "/fr/me",
                    "/es/me/notifications",
                    "/en/me/notifications/preferences",
                    "/fr/me/follows",
                    "/en/newsletter/issues",
                    "/fr/newsletter/issues/new",
                    "/es/newsletter/issues/3/manage",
                    "/en/newsletter/issues/1/manage",
                    "/fr/newsletter/subscribers",
                    "/en/campaigns/new",
                    "/fr/campaigns/1/manage",
                    "/es/campaigns/1/edit",
                    "/en/initiatives/new",
                    "/fr/initiatives/1/edit",
                    "/es/initiatives/1/space",
                    "/en/network/partners/3/partnership",
                    "/fr/network/partners/3/agreements/new",
                    "/es/partnerships/agreements/1/edit")) {
                violations.addAll(b.open(page).seriousViolations());
            }
            b.open("/en/network/local-governments/1/edit")
                    .type("#population", "many")
                    .click("main form button[type=submit]");
            violations.addAll(b.seriousViolations());
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void everythingWorksFromTheKeyboard() throws Exception {
        try (Browser b = new Browser(BASE, true)) {
            b.open("/en/");
            b.driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
            assertThat(b.driver.switchTo().activeElement().getText()).isEqualTo("Skip to content");
            b.driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
            assertThat(b.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
        }
    }

    /** Reads the newest email to the address in the admin's outgoing mail, as a demo user would. */
    private static String mailLink(Browser b, String email) throws Exception {
        try (Browser admin = new Browser(BASE, false)) {
            admin.signIn(ADMIN, PASSWORD);
            admin.open("/en/admin/mail");
            admin.driver
                    .findElement(By.xpath("//tr[td[text()='" + email + "']]//a"))
                    .click();
            return admin.find("a.mail-link").getAttribute("href");
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(5))
                .until(condition::getAsBoolean);
    }
}
