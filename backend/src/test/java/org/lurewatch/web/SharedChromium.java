package org.lurewatch.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.bidi.browsingcontext.BrowsingContext;
import org.openqa.selenium.bidi.browsingcontext.CreateContextParameters;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The headless Chromium of this JVM's browser tests: one process per list of accepted languages,
 * started by the first test that asks for it and kept for the next ones. Each test gets a browser
 * context of its own, a WebDriver BiDi "user context" (the W3C protocol, not DevTools: any recent
 * Chromium speaks it): its own cookies, storage, service workers, HTTP cache and history, as a private
 * window has, removed with all of it when the test ends. Nothing a test leaves reaches the next one;
 * what is shared is the process, whose start cost about a second of CPU per test when each test
 * started its own. A process that fails is closed and the next test starts another. Before the JVM
 * ends, every process is closed: no Chromium outlives the tests.
 */
final class SharedChromium {

    private static final Map<String, SharedChromium> BY_LANGUAGES = new HashMap<>();
    private static final Dimension WINDOW = new Dimension(1024, 900);
    // Browser features no test uses. Chromium 156 builds its address bar's suggestion popup as web
    // pages ("chrome://omnibox-popup.top-chrome"), two per window, loaded in a renderer of their own:
    // about 0.5 s of CPU for each test's new window, nearly half of what a window in a fresh context costs.
    private static final List<String> UNUSED_FEATURES = List.of("Translate", "MediaRouter", "OptimizationHints",
            "WebUIOmniboxPopup", "WebUIOmniboxAimPopup", "WebUIOmniboxFullPopup");

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(SharedChromium::closeAll, "chromium-closer"));
    }

    private final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;
    private final org.openqa.selenium.bidi.module.Browser contexts;
    private final String home;

    private SharedChromium(ChromeDriver driver, ChromeDriverService service, Path profile) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
        this.contexts = new org.openqa.selenium.bidi.module.Browser(driver);
        this.home = driver.getWindowHandle();
    }

    /** A window in a fresh browser context of the shared Chromium for these languages. */
    static synchronized Browser newContext(String base, String acceptLanguages) throws IOException {
        SharedChromium chromium = BY_LANGUAGES.get(acceptLanguages);
        if (chromium == null) {
            chromium = start(Chromium.CHROMIUM, Chromium.CHROMEDRIVER, acceptLanguages);
            BY_LANGUAGES.put(acceptLanguages, chromium);
        }
        try {
            return chromium.openWindow(base, acceptLanguages);
        } catch (RuntimeException e) {
            forget(acceptLanguages, chromium);
            throw e;
        }
    }

    private Browser openWindow(String base, String acceptLanguages) {
        driver.manage().logs().get(LogType.BROWSER); // lines the last test's context left unread are its own
        String context = contexts.createUserContext();
        BrowsingContext window = new BrowsingContext(driver, new CreateContextParameters(WindowType.WINDOW).userContext(context));
        driver.switchTo().window(window.getId());
        driver.manage().window().setSize(WINDOW);
        // the session's settings outlive a context: each test starts from WebDriver's defaults
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30)).implicitlyWait(Duration.ZERO);
        return new Browser(driver, base, () -> closeContext(context, acceptLanguages));
    }

    private void closeContext(String context, String acceptLanguages) {
        try {
            contexts.removeUserContext(context);
            driver.switchTo().window(home);
        } catch (RuntimeException e) {
            synchronized (SharedChromium.class) {
                forget(acceptLanguages, this); // whatever broke, the next test gets a new process
            }
        }
    }

    private static void forget(String acceptLanguages, SharedChromium chromium) {
        BY_LANGUAGES.remove(acceptLanguages, chromium);
        chromium.quit();
    }

    private static synchronized void closeAll() {
        BY_LANGUAGES.values().forEach(SharedChromium::quit);
        BY_LANGUAGES.clear();
    }

    static SharedChromium start(Path chromium, Path chromedriver, String acceptLanguages) throws IOException {
        // Belt and braces: should Selenium Manager ever be asked, it must not go online.
        System.setProperty("webdriver.chrome.driver", chromedriver.toString());
        System.setProperty("SE_OFFLINE", "true");
        Path profile = Files.createTempDirectory("lurewatch-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-default-apps", "--disable-features=" + String.join(",", UNUSED_FEATURES),
                "--password-store=basic", "--window-size=" + WINDOW.width + "," + WINDOW.height,
                "--lang=" + acceptLanguages.split(",")[0]);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages));
        options.setCapability("se:offline", true);
        options.setCapability("webSocketUrl", true); // WebDriver BiDi, for the browser contexts
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        try {
            return new SharedChromium(new ChromeDriver(service, options), service, profile);
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

    void quit() {
        try {
            driver.quit();
        } catch (RuntimeException e) {
            // already gone: the service and the profile still go below
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
