package fi.silta.production;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser: Debian's Chromium, headless, driven through chromedriver. Pages are looked at as people see
 * them, at a phone's or a desktop's width, in a language; each page can be photographed (under
 * {@code target/screenshots}) and checked with axe-core's WCAG 2.1 A and AA rules, and used with the keyboard
 * alone ({@link #keyboard()}).
 * <p>
 * One browser serves a whole test class: it changes its width, language and signed-in user instead of starting
 * again, which is what a browser costs most.
 */
public final class Browser implements AutoCloseable {

    /** A phone's screen in CSS pixels (an iPhone 12 to 15), with the phone's viewport rules. */
    public static final Dimension PHONE = new Dimension(390, 844);
    public static final Dimension DESKTOP = new Dimension(1280, 900);
    /** The languages every page is checked in: those of the county's residents and staff. */
    public static final List<String> CHECKED_LANGUAGES = List.of("fi", "sv");
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("SILTA_CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("SILTA_CHROMEDRIVER",
            "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static String axeScript;
    private static Browser shared;

    private final ChromeDriver driver;
    private final String siltaUrl;
    private final AccessibilityReport report;
    private Dimension size;

    private Browser(ChromeDriver driver, String siltaUrl, AccessibilityReport report) {
        this.driver = driver;
        this.siltaUrl = siltaUrl;
        this.report = report;
    }

    /** Whether Chromium and chromedriver are installed (Debian's {@code chromium} and {@code chromium-driver}). */
    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Skips the calling test class with a warning where the browser is not installed (the README says how). */
    public static void assumeAvailable() {
        if (!available()) {
            System.err.println("WARNING: " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing; the browser tests are skipped (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(available(), "Chromium and chromedriver are not installed");
    }

    /**
     * The one browser of this JVM's browser tests, on the deployed Silta, at a desktop's width, preferring Finnish,
     * signed out; findings go to the shared report. It stops when the JVM exits.
     */
    public static synchronized Browser shared(String siltaUrl) {
        if (shared == null) {
            shared = open(siltaUrl, DESKTOP, "fi", AccessibilityReport.shared());
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "browser-stop"));
        }
        shared.size(DESKTOP);
        return shared;
    }

    public static Browser open(String siltaUrl, Dimension size, String language, AccessibilityReport report) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // As root, in a container without a display, on a machine whose only network is loopback.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--lang=" + language, "--window-size=1280,900");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Browser browser = new Browser(driver, siltaUrl, report);
        browser.size(size);
        return browser;
    }

    /** Does {@code action} with the shared browser when one is open (after a failure, say). */
    static synchronized void ifOpen(Consumer<Browser> action) {
        if (shared != null) {
            action.accept(shared);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    JavascriptExecutor js() {
        return driver;
    }

    /**
     * Shows pages at this size exactly, as the device would: a window cannot be narrower than 500 pixels, so the
     * width is set through the browser's device emulation (the same as its developer tools' device mode).
     */
    public Browser size(Dimension size) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.getWidth(), "height",
                size.getHeight(), "deviceScaleFactor", 1, "mobile", size.getWidth() < 600));
        this.size = size;
        return this;
    }

    public Dimension size() {
        return size;
    }

    public static String sizeName(Dimension size) {
        return size.getWidth() < 600 ? "phone" : "desktop";
    }

    public Browser go(String path) {
        driver.get(path.startsWith("http") ? path : siltaUrl + path);
        return this;
    }

    /** The same page in another language, through the switch every page has ({@code ?lang=}, then remembered). */
    public Browser inLanguage(String language) {
        URI uri = URI.create(driver.getCurrentUrl());
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery().replaceAll("(^|&)lang=[^&]*", "");
        query = query.startsWith("&") ? query.substring(1) : query;
        return go(uri.getRawPath() + "?lang=" + language + (query.isEmpty() ? "" : "&" + query));
    }

    /** The page's language, as its {@code <html lang>} says. */
    public String language() {
        return find("html").getAttribute("lang");
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

    public String url() {
        return driver.getCurrentUrl();
    }

    /** Waits until an element matching {@code css} is on the page. */
    public WebElement await(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
    }

    /** Waits until the address contains {@code part} (after a form sent with the keyboard, say). */
    public Browser awaitUrl(String part) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(part));
        return this;
    }

    /** Waits until the address's path matches {@code regex} (the page a form leads to, say). */
    public Browser awaitPath(String regex) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> path().matches(regex));
        return this;
    }

    /**
     * Where the first element matching {@code css} is on the screen, in CSS pixels ({@code top}, {@code bottom},
     * {@code left}, {@code right} from the viewport's corner), with {@code viewportHeight} and {@code scrollY}.
     */
    public Map<String, Number> box(String css) {
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) driver.executeScript("""
                const r = document.querySelector(arguments[0]).getBoundingClientRect();
                return { top: r.top, bottom: r.bottom, left: r.left, right: r.right,
                    viewportHeight: window.innerHeight, scrollY: window.scrollY };""", css);
        return box;
    }

    /** Clicks what matches {@code css} and waits for the page it leads to. */
    public Browser click(String css) {
        return click(find(css));
    }

    /** Clicks the element and waits for the page it leads to. */
    public Browser click(WebElement target) {
        target.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> gone(target));
        return this;
    }

    /** Types into the field matching {@code css}, after emptying it. */
    public Browser fill(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Ticks the checkbox or radio button matching {@code css}, unless it already is. */
    public Browser tick(String css) {
        WebElement box = find(css);
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    /** Chooses the option with this value in the list box matching {@code css}. */
    public Browser choose(String css, String value) {
        new Select(find(css)).selectByValue(value);
        return this;
    }

    /** Types a date into the date field matching {@code css}, in the order the browser's locale shows its parts. */
    public Browser date(String css, LocalDate date) {
        js().executeScript("document.querySelector(arguments[0]).focus()", css);
        keyboard().typeDate(date);
        return this;
    }

    /** Whether the element has left the page, as it does when the page it was on has been replaced. */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            // While the next page replaces the document, Chromium may answer that the node left it.
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /**
     * Types a time into the time field matching {@code css}: hours, minutes and, where the browser's locale keeps a
     * 12-hour clock, AM or PM.
     */
    public Browser time(String css, LocalTime time) {
        js().executeScript("document.querySelector(arguments[0]).focus()", css);
        boolean twelveHours = (Boolean) js().executeScript(
                "return new Intl.DateTimeFormat(undefined, { hour: 'numeric' }).resolvedOptions().hour12 === true");
        int hour = twelveHours ? (time.getHour() % 12 == 0 ? 12 : time.getHour() % 12) : time.getHour();
        keyboard().type(String.format(Locale.ROOT, "%02d%02d", hour, time.getMinute())
                + (twelveHours ? (time.getHour() < 12 ? "A" : "P") : ""));
        return this;
    }

    /** Signs in on Keycloak's own login page, where Silta's staff pages send the browser. */
    public Browser signIn(String username) {
        go("/staff");
        if (url().startsWith(siltaUrl)) {
            // Someone is still signed in (a test before stopped halfway): they sign out first.
            signOut().go("/staff");
        }
        await("#username").sendKeys(username);
        find("#password").sendKeys(ProductionStack.password(username));
        find("#kc-login").click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().startsWith(siltaUrl));
        return this;
    }

    /** The sign-out button of the staff pages: Silta's session and Keycloak's end, the next sign-in asks again. */
    public Browser signOut() {
        click(".staff-bar form.sign-out button");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().startsWith(siltaUrl));
        return this;
    }

    /** Silta's text of the element (whitespace collapsed as the page shows it). */
    public String text(String css) {
        return find(css).getText().strip();
    }

    public List<String> texts(String css) {
        return all(css).stream().map(e -> e.getText().strip()).toList();
    }

    public Keyboard keyboard() {
        return new Keyboard(this);
    }

    /** Writes a PNG of the whole page as the browser shows it to {@code target/screenshots/<name>.png}. */
    public Browser screenshot(String name) {
        return screenshot(name, true);
    }

    /**
     * Writes a PNG to {@code target/screenshots/<name>.png}: of the whole page, or of the first screen alone (what
     * is seen without scrolling).
     */
    public Browser screenshot(String name, boolean wholePage) {
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", wholePage));
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Capturing beyond the viewport resizes it for a moment; the page is shown at its size again.
        size(size);
        return this;
    }

    /**
     * Looks at the page now open in Finnish and Swedish, at a phone's and a desktop's width, as people would:
     * photographs each ({@code <name>-<lang>-<phone|desktop>.png}) and checks it with axe-core and for reflow.
     * Answers what fails, each naming the page, language, width and rule. The browser is left on the same page,
     * in its language and at its size. Only for pages that a GET shows again.
     */
    public List<String> audit(String name) {
        String language = language();
        Dimension original = size;
        List<String> failures = new ArrayList<>();
        for (String checked : CHECKED_LANGUAGES) {
            for (Dimension width : List.of(PHONE, DESKTOP)) {
                size(width);
                inLanguage(checked);
                failures.addAll(auditAsShown(name + "-" + checked + "-" + sizeName(width)));
            }
        }
        size(original);
        inLanguage(language);
        return failures;
    }

    /**
     * Checks the page exactly as it is shown now (a form answered with its errors, say) at both widths, without
     * loading it again.
     */
    public List<String> auditAtBothWidths(String name) {
        Dimension original = size;
        List<String> failures = new ArrayList<>();
        for (Dimension width : List.of(PHONE, DESKTOP)) {
            size(width);
            failures.addAll(auditAsShown(name + "-" + language() + "-" + sizeName(width)));
        }
        size(original);
        return failures;
    }

    private List<String> auditAsShown(String name) {
        screenshot(name);
        List<String> failures = new ArrayList<>(checkAccessibility(name));
        // WCAG 1.4.10: content reflows into the screen's width; only a data table may scroll, inside its own box.
        long overflow = ((Number) js().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
        if (overflow > 0) {
            failures.add("reflow (1.4.10): the page is " + overflow + " px wider than the screen");
            report.add(name, url(), "reflow", "serious", "The page is wider than the screen by " + overflow + " px",
                    List.of("html"));
        }
        return failures.stream().map(failure -> name + ": " + failure).toList();
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
