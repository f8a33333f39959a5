package org.lurewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A test's window in a browser context of its own ({@link SharedChromium}), with helpers for page tests. */
public final class Browser implements AutoCloseable {

    // generous: CI machines are shared, and a slow wait costs nothing when the page is quick
    private static final Duration WAIT = Duration.ofSeconds(40);
    // Selenium polls every 500 ms unless told: a page ready in 30 ms cost half a second per wait,
    // hundreds of waits per suite; one check is a few milliseconds of DevTools traffic
    private static final Duration POLL = Duration.ofMillis(20);

    private final WebDriver driver;
    private final String base;
    private final Runnable end;
    private final List<String> console = new ArrayList<>();
    private final List<Pattern> expected = new ArrayList<>();

    Browser(WebDriver driver, String base, Runnable end) {
        this.driver = driver;
        this.base = base;
        this.end = end;
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
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
            consoleProblems();
            Files.write(dir.resolve(name + ".console.txt"), console);
        } catch (IOException | RuntimeException e) {
            // evidence is a help, never a second failure
        }
    }

    /** Ends the test's browser context: its window, cookies, storage, service workers and cache go. */
    @Override
    public void close() {
        end.run();
    }
}
