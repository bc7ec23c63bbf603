package fi.silta.production;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser: Debian's Chromium, headless, driven through chromedriver. Pages are looked at as people see
 * them, at a phone's or a desktop's width, in a language; each page can be photographed (under
 * {@code target/screenshots}) and checked with axe-core's WCAG 2.1 A and AA rules.
 */
public final class Browser implements AutoCloseable {

    public static final Dimension PHONE = new Dimension(390, 844);
    public static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("SILTA_CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("SILTA_CHROMEDRIVER",
            "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static String axeScript;

    private final ChromeDriver driver;
    private final String siltaUrl;
    private final AccessibilityReport report;

    private Browser(ChromeDriver driver, String siltaUrl, AccessibilityReport report) {
        this.driver = driver;
        this.siltaUrl = siltaUrl;
        this.report = report;
    }

    /** Whether Chromium and chromedriver are installed (Debian's {@code chromium} and {@code chromium-driver}). */
    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    public static Browser open(String siltaUrl, Dimension size, String language, AccessibilityReport report) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // As root, in a container without a display, on a machine whose only network is loopback.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--lang=" + language,
                "--window-size=" + size.getWidth() + "," + size.getHeight());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(size);
        return new Browser(driver, siltaUrl, report);
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(path.startsWith("http") ? path : siltaUrl + path);
        return this;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Waits until an element matching {@code css} is on the page. */
    public WebElement await(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
    }

    /** Signs in on Keycloak's own login page, where Silta's staff pages send the browser. */
    public Browser signIn(String username) {
        go("/staff");
        await("#username").sendKeys(username);
        find("#password").sendKeys(ProductionStack.password(username));
        find("#kc-login").click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().startsWith(siltaUrl));
        return this;
    }

    /** Writes a PNG of what the browser shows now to {@code target/screenshots/<name>.png}. */
    public Browser screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Runs axe-core's WCAG 2.0 and 2.1 A and AA rules on the page as it is now and records what it finds under
     * {@code name}; answers the serious and critical violations, each as "rule: the first element it names".
     */
    public List<String> checkAccessibility(String name) {
        JavascriptExecutor js = driver;
        js.executeScript(axe());
        @SuppressWarnings("unchecked")
        Map<String, Object> results = (Map<String, Object>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                        resultTypes: ['violations'] })
                    .then(r => done({ violations: r.violations.map(v => ({ id: v.id, impact: v.impact,
                        help: v.help, nodes: v.nodes.map(n => n.target.join(' ')) })) }))
                    .catch(e => done({ error: String(e) }));
                """);
        if (results.containsKey("error")) {
            throw new IllegalStateException("axe-core failed on " + name + ": " + results.get("error"));
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) results.get("violations");
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> violation : violations) {
            String impact = String.valueOf(violation.get("impact"));
            @SuppressWarnings("unchecked")
            List<String> nodes = (List<String>) violation.get("nodes");
            report.add(name, driver.getCurrentUrl(), String.valueOf(violation.get("id")), impact,
                    String.valueOf(violation.get("help")), nodes);
            if (impact.equals("serious") || impact.equals("critical")) {
                serious.add(violation.get("id") + " (" + impact + "): " + (nodes.isEmpty() ? "" : nodes.get(0)));
            }
        }
        report.visited(name, driver.getCurrentUrl());
        return serious;
    }

    private static synchronized String axe() {
        if (axeScript == null) {
            try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test classpath");
                }
                axeScript = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeScript;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
