package org.lurewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One headless Chromium on a fresh profile, with helpers for page tests. */
public final class Browser implements AutoCloseable {

    // generous: CI machines are shared, and a slow wait costs nothing when the page is quick
    private static final Duration WAIT = Duration.ofSeconds(40);
    // Selenium polls every 500 ms unless told: a page ready in 30 ms cost half a second per wait,
    // hundreds of waits per suite; one check is a few milliseconds of DevTools traffic
    private static final Duration POLL = Duration.ofMillis(20);

    private final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;
    private final String base;
    private final List<String> console = new ArrayList<>();
    private final List<Pattern> expected = new ArrayList<>();

    private Browser(ChromeDriver driver, ChromeDriverService service, Path profile, String base) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
        this.base = base;
    }

    static Browser start(Path chromium, Path chromedriver, String base, String acceptLanguages) throws IOException {
        // Belt and braces: should Selenium Manager ever be asked, it must not go online.
        System.setProperty("webdriver.chrome.driver", chromedriver.toString());
        System.setProperty("SE_OFFLINE", "true");
        Path profile = Files.createTempDirectory("lurewatch-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-default-apps", "--disable-features=Translate,MediaRouter,OptimizationHints",
                "--password-store=basic", "--window-size=1024,900", "--lang=" + acceptLanguages.split(",")[0]);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages));
        options.setCapability("se:offline", true);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        try {
            return new Browser(new ChromeDriver(service, options), service, profile, base);
        } catch (RuntimeException e) {
            service.stop();
            deleteTree(profile);
            throw new IllegalStateException(cannotDrive(chromium, chromedriver, e), e);
        }
    }

    /** One line: what was found, what went wrong, what to do. */
    static String cannotDrive(Path chromium, Path chromedriver, Throwable cause) {
        String why = String.valueOf(cause.getMessage()).lines().findFirst().orElse(cause.getClass().getSimpleName());
        return "Cannot drive " + version(chromium) + " (" + chromium + ") with " + version(chromedriver) + " (" + chromedriver
                + "): " + why + " -- install both from the same Debian release (apt-get install -y chromium chromium-driver)"
                + " or set -Dlurewatch.test.chromium and -Dlurewatch.test.chromedriver to a matching pair";
    }

    /** What the program says of its own version, e.g. "Chromium 156.0.8078.129", or why not. */
    static String version(Path program) {
        try {
            Process process = new ProcessBuilder(program.toString(), "--version").start();
            process.getOutputStream().close();
            process.getErrorStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(10, TimeUnit.SECONDS);
            // chromedriver adds its build hash after the number
            return out.lines().findFirst().map(line -> line.replaceAll("\\s+\\(.*$", "").strip())
                    .filter(line -> !line.isEmpty()).orElse("an unknown version of " + program.getFileName());
        } catch (IOException e) {
            return "no runnable " + program.getFileName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "an unknown version of " + program.getFileName();
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public String url(String path) {
        return base + path;
    }

    /** Loads a page of the site (path from /) and waits until its document is ready. */
    public Browser open(String path) {
        driver.get(url(path));
        waitUntil(d -> "complete".equals(js("return document.readyState")));
        return this;
    }

    public <T> T waitUntil(Function<WebDriver, T> condition) {
        // pages re-render as data arrives: an element found a moment ago may be replaced
        return new WebDriverWait(driver, WAIT, POLL).ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** Waits until the element's text (whitespace-collapsed) contains the given text; returns it. */
    public WebElement waitForText(By by, String text) {
        return waitUntil(d -> d.findElements(by).stream().filter(e -> e.getText().contains(text)).findFirst().orElse(null));
    }

    public WebElement find(By by) {
        return waitUntil(d -> d.findElements(by).stream().findFirst().orElse(null));
    }

    /** Clicks like a person would: scrolled to the middle first, so the sticky bar never covers it. */
    public void click(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
        element.click();
    }

    public void click(By by) {
        click(find(by));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public String text(By by) {
        return find(by).getText();
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public Set<Cookie> cookies() {
        return driver.manage().getCookies();
    }

    /** Lets a console error matching this pattern pass (e.g. a response the test provokes). */
    public void expectConsoleError(String regex) {
        expected.add(Pattern.compile(regex));
    }

    /** Console errors, warnings and CSP violations seen so far, expected ones left out. */
    public List<String> consoleProblems() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            console.add(entry.getLevel() + " " + entry.getMessage());
        }
        return console.stream()
                .filter(line -> line.startsWith("SEVERE") || line.contains("Content Security Policy")
                        || line.contains("Content-Security-Policy"))
                .filter(line -> expected.stream().noneMatch(p -> p.matcher(line).find()))
                .toList();
    }

    public void assertNoConsoleProblems() {
        assertThat(consoleProblems()).as("browser console errors and CSP violations").isEmpty();
    }

    void saveEvidence(Path dir, String name) {
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
            consoleProblems();
            Files.write(dir.resolve(name + ".console.txt"), console);
        } catch (IOException | RuntimeException e) {
            // evidence is a help, never a second failure
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp profile left behind is harmless
        }
    }
}
