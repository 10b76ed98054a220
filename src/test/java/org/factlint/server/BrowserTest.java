package org.factlint.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in headless Chromium: Debian's chromium and chromedriver, named explicitly so
 * Selenium Manager never downloads anything. Skipped when either is not installed.
 */
class BrowserTest {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    // Held so the level sticks: Selenium warns that it has no DevTools bindings for this Chromium, which no test uses.
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    private static CheckServer server;
    private static ChromeDriverService service;
    private static ChromeDriver driver;

    @BeforeAll
    static void startBrowser(@TempDir Path profile) throws Exception {
        assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.getPath());
        SELENIUM_LOG.setLevel(Level.SEVERE);
        server = TestServers.start(TestServers.options());
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createDirectories(profile.resolve("chromium")));
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) driver.quit();
        if (service != null) service.stop();
        if (server != null) server.close();
    }

    @BeforeEach
    void openPage() {
        driver.get(server.uri().toString());
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Puts text in the draft box as a paste would (an input event), without typing it key by key. */
    private static void paste(String text) {
        WebElement draft = driver.findElement(By.id("draft"));
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                draft, text);
    }

    private static void runCheck() {
        driver.findElement(By.id("check")).click();
        waiting().until(d -> "done".equals(d.findElement(By.id("results")).getDomAttribute("data-state")));
    }

    @Test
    void seedArticleShowsTheYearHighlightedAndItsFinding() {
        paste(TestServers.seed());
        // The date comes from the front matter, parsed in the page.
        assertThat(driver.findElement(By.id("date")).getDomProperty("value")).isEqualTo("2025-02-25");
        assertThat(driver.findElement(By.id("format")).getDomProperty("value")).isEqualTo("md");

        runCheck();

        List<WebElement> marked = driver.findElements(By.cssSelector("#article .finding"));
        assertThat(marked).extracting(WebElement::getText).anySatisfy(text -> assertThat(text).contains("2019"));
        WebElement year = marked.stream().filter(e -> e.getText().contains("2019")).findFirst().orElseThrow();
        assertThat(year.getDomAttribute("class")).contains("sev-warning");
        assertThat(driver.findElements(By.cssSelector("#article .related"))).extracting(WebElement::getText)
                .anySatisfy(text -> assertThat(text).contains("three years ago"));
        assertThat(driver.findElements(By.cssSelector("#article .claim"))).isNotEmpty();

        WebElement finding = driver.findElements(By.cssSelector("#findings li")).stream()
                .filter(li -> li.getText().contains("event-dated-twice")).findFirst().orElseThrow();
        assertThat(finding.getText()).contains("2025 - 3 = 2022", "Suggestion: 2022", "three years ago");
        finding.click();
        waiting().until(ExpectedConditions.attributeContains(year, "class", "active"));
    }

    @Test
    void markupInADraftIsShownAsTextAndNeverRun() {
        String hostile = "Draft\n<script>window.xss=1</script>\n<img src=x onerror=\"window.xss=1\">\nIn 2019, prices rose 5%.";
        paste(hostile);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("format"))).selectByValue("txt");

        runCheck();

        Object xss = ((JavascriptExecutor) driver).executeScript("return typeof window.xss;");
        assertThat(xss).isEqualTo("undefined");
        String shown = driver.findElement(By.id("article")).getText();
        assertThat(shown).contains("<script>window.xss=1</script>", "<img src=x onerror=\"window.xss=1\">");
        assertThat(driver.findElements(By.cssSelector("#article script, #article img"))).isEmpty();
    }
}
