package uk.gov.devon.rpassistant.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.gov.devon.rpassistant.experts.ExpertQuestions;

/**
 * The insights page in a real headless browser (Debian's chromium and chromedriver): anonymous access is
 * refused; the local content owner signs in, finds a question that was just asked through /api/messages in the
 * unanswered list, and downloads that list as CSV; then finds the questions sent to practice leads, opens an answered
 * one's drafts for the knowledge base, and downloads that list too. Skipped only where no chromium is installed, unless
 * {@code CI_REQUIRE_BROWSER=1} (set by .ci/run, which installs it), when its absence fails the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"admin.local.username=owner", "admin.local.password=correct-horse-battery"})
class InsightsPageBrowserTest {

    private static final String QUESTION = "how do I claim back parking at county hall for a training day";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final ConnectorStandIn connector = new ConnectorStandIn();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ExpertQuestions expertQuestions;

    @TempDir
    Path downloads;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:insights-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stop() {
        connector.close();
    }

    @Test
    void aContentOwnerSignsInSeesTheQuestionJustAskedAndDownloadsItsCsv() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if ("1".equals(System.getenv("CI_REQUIRE_BROWSER"))) {
            assertThat(installed).as("chromium and chromedriver are installed (.ci/run installs them)").isTrue();
        }
        assumeTrue(installed, "chromium and chromedriver are not installed");
        ask(QUESTION);
        PracticeLeadFixtures.addOneInEachStatus(expertQuestions, jdbc);
        assertThat(jdbc.queryForList("select band from question where question_text = ?", String.class, QUESTION))
                .containsExactly("NOT_KNOWN");
        assertThat(AdminAccessTest.get(port, "/admin").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));

        WebDriver browser = browser();
        try {
            browser.get("http://127.0.0.1:" + port + "/admin");
            assertThat(browser.getCurrentUrl()).endsWith("/login");
            assertThat(browser.getPageSource()).doesNotContain(QUESTION);

            signIn(browser, "owner", "wrong password");
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().contains("error"));
            assertThat(browser.getCurrentUrl()).contains("/login?error");

            signIn(browser, "owner", "correct-horse-battery");
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().endsWith("/admin"));
            assertThat(browser.getCurrentUrl()).endsWith("/admin");
            WebElement unanswered = browser.findElement(By.cssSelector("section[aria-labelledby=unanswered]"));
            assertThat(unanswered.findElement(By.tagName("table")).getText()).contains(QUESTION);
            saveScreenshot(browser);

            unanswered.findElement(By.linkText("Download as CSV")).click();
            String content = downloaded(browser, "rp-assistant-unanswered.csv");
            assertThat(content).startsWith("\"count\",\"examples\",\"nearest_document\"").contains(QUESTION)
                    .contains("\"  - \"\"" + QUESTION + "\"\"\"");

            questionsForPracticeLeads(browser);
        } finally {
            browser.quit();
        }
    }

    /** The practice leads' list: statuses and ages, stored text shown as text, drafts to copy, and its CSV. */
    private void questionsForPracticeLeads(WebDriver browser) throws java.io.IOException {
        WebElement section = browser.findElement(By.cssSelector("section[aria-labelledby=practice-leads]"));
        java.util.List<String> rows = section.findElements(By.cssSelector("tr.lead-question")).stream()
                .map(WebElement::getText).toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).contains("40 minutes ago", "Claimed", PracticeLeadFixtures.CLAIMED_BY);
        assertThat(rows.get(1)).contains("3 hours ago", "Open", "nobody yet", PracticeLeadFixtures.OPEN);
        assertThat(rows.get(2)).contains("2 days ago", "answered in 5 hours", "Answered",
                PracticeLeadFixtures.ANSWERED_BY, PracticeLeadFixtures.ANSWERED, "Ask them early.");

        WebElement drafts = section.findElement(By.cssSelector("tr.drafts"));
        WebElement newDocument = drafts.findElement(By.cssSelector("textarea.new-document"));
        assertThat(newDocument.isDisplayed()).isFalse();
        drafts.findElement(By.tagName("summary")).click();
        assertThat(newDocument.isDisplayed()).isTrue();
        assertThat(drafts.findElement(By.cssSelector("textarea.questions-line")).getDomProperty("value"))
                .isEqualTo("  - \"" + PracticeLeadFixtures.ANSWERED + "\"");
        assertThat(newDocument.getDomProperty("value")).startsWith("---\nid: can-a-family-group-conference-happen\n")
                .contains("\nquestions:\n  - \"" + PracticeLeadFixtures.ANSWERED + "\"\n")
                .contains("\n---\n" + PracticeLeadFixtures.ANSWER + "\n\nAnswer from " + PracticeLeadFixtures.ANSWERED_BY
                        + ", practice lead, ");
        assertThat(newDocument.getAttribute("readonly")).isNotNull();
        assertThat(browser.findElements(By.xpath("//script"))).isEmpty();

        section.findElement(By.linkText("Download as CSV")).click();
        assertThat(downloaded(browser, "rp-assistant-practice-leads.csv")).startsWith("\"asked_at\",\"age\",\"status\"")
                .contains("\"'=HYPERLINK(").contains(PracticeLeadFixtures.OPEN).contains(PracticeLeadFixtures.ANSWERED);
    }

    /**
     * The finished download. Chromium creates the target file empty as a placeholder, writes into a
     * {@code .crdownload} beside it and renames that over the placeholder at the end, so the file existing is
     * not enough: wait until no partial download remains and the file has content.
     */
    private String downloaded(WebDriver browser, String name) throws java.io.IOException {
        Path file = downloads.resolve(name);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> {
            try (var partial = Files.list(downloads)) {
                return Files.exists(file) && Files.size(file) > 0
                        && partial.noneMatch(p -> p.getFileName().toString().endsWith(".crdownload"));
            } catch (java.io.IOException e) {
                return false;
            }
        });
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static void signIn(WebDriver browser, String user, String password) {
        WebElement name = browser.findElement(By.name("username"));
        name.clear();
        name.sendKeys(user);
        WebElement secret = browser.findElement(By.name("password"));
        secret.clear();
        secret.sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private WebDriver browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,2200");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static void saveScreenshot(WebDriver browser) throws java.io.IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "insights-page.png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private void ask(String text) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        var activity = mapper.createObjectNode().put("type", "message").put("id", "a-1").put("channelId", "msteams")
                .put("serviceUrl", connector.serviceUrl()).put("text", text);
        activity.putObject("from").put("id", "29:owner-test").put("aadObjectId", "aad-owner-test");
        activity.putObject("recipient").put("id", "28:bot");
        activity.putObject("conversation").put("id", "a:insights-test").put("conversationType", "personal");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/messages")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(activity))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isBetween(200, 299);
        assertThat(connector.received()).isPositive();
    }
}
