package org.uclg.carta.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Debian's headless Chromium driven by Selenium, with or without JavaScript, plus axe-core. */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("carta.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("carta.chromedriver", "/usr/bin/chromedriver");

    final ChromeDriver driver;
    private final String base;
    private final Path profile;

    Browser(String base, boolean javascript) throws IOException {
        this.base = base;
        this.profile = Files.createTempDirectory("carta-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,1000",
                "--user-data-dir=" + profile);
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(CHROMEDRIVER))
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
    }

    /**
     * Skips the calling test class when Chromium is missing, so the report says "skipped" rather
     * than passing with nothing run; under CI=true a missing browser fails instead, so CI can never
     * pass without the browser tests.
     */
    static void require() {
        if (available()) {
            return;
        }
        String why = "Debian's chromium and chromium-driver are needed at " + CHROMIUM + " (.ci/run installs them)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true: " + why);
        }
        org.junit.jupiter.api.Assumptions.abort(why);
    }

    static boolean available() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    }

    /** Opens the page and waits until it has a body: under a loaded machine Chromium answers get() early. */
    Browser open(String path) {
        driver.get(path.startsWith("http") ? path : base + path);
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .ignoreExceptions()
                .until(() -> !driver.findElements(org.openqa.selenium.By.tagName("body"))
                        .isEmpty());
        return this;
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** Waits for a navigation started by a click to land on the path. */
    String waitForPath(String expected) throws InterruptedException {
        try {
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(5))
                    .until(() -> path().equals(expected));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // The caller's assertion says which path it reached instead.
        }
        return path();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    Browser type(String css, String text) {
        WebElement e = find(css);
        e.clear();
        e.sendKeys(text);
        return this;
    }

    Browser choose(String css, String visibleText) {
        new Select(find(css)).selectByVisibleText(visibleText);
        return this;
    }

    /** Clicks and, when that loads another page, waits until it has replaced this one. */
    Browser click(String css) {
        WebElement page = find("html");
        WebElement e = find(css);
        try {
            e.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
            // Pressed from the keyboard instead, as a keyboard user would.
            e.sendKeys(org.openqa.selenium.Keys.ENTER);
        }
        awaitNewPage(page);
        return this;
    }

    private void awaitNewPage(WebElement oldPage) {
        try {
            // While the old document goes away, Chromium may answer "node does not belong to the
            // document" instead of "stale element": both mean the new page has come.
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(3)).until(d -> {
                try {
                    oldPage.isEnabled();
                    return false;
                } catch (org.openqa.selenium.WebDriverException gone) {
                    return true;
                }
            });
        } catch (org.openqa.selenium.TimeoutException sameDocument) {
            // The click changed the page in place (htmx) or did not navigate.
        }
    }

    Browser clickLink(String text) {
        WebElement page = find("html");
        driver.findElement(By.linkText(text)).click();
        awaitNewPage(page);
        return this;
    }

    String text() {
        for (int attempt = 0; ; attempt++) {
            try {
                return find("body").getText();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt > 5) {
                    throw e;
                }
            }
        }
    }

    void signIn(String email, String password) {
        open("/en/login").type("#email", email).type("#password", password).click("main button[type=submit]");
    }

    void signOut() {
        click("form[action='/logout'] button");
    }

    /** Serious and critical axe-core violations on the current page, as readable lines. */
    List<String> seriousViolations() throws IOException {
        String axe;
        try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JavascriptExecutor js = driver;
        js.executeScript(axe);
        Object json = js.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']})"
                        + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                        + ".catch(function (e) { done('[{\"id\":\"axe-error\",\"impact\":\"critical\",\"help\":\"' + e + '\",\"nodes\":[]}]'); });");
        List<String> found = new ArrayList<>();
        for (JsonNode v : JsonMapper.builder().build().readTree(json.toString())) {
            String impact = v.path("impact").asString("");
            if (impact.equals("serious") || impact.equals("critical")) {
                List<String> targets = new ArrayList<>();
                v.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
                found.add(path() + " " + impact + " " + v.path("id").asString("") + ": "
                        + v.path("help").asString("") + " " + targets);
            }
        }
        return found;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        org.springframework.util.FileSystemUtils.deleteRecursively(profile);
    }
}
