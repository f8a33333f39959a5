package org.lurewatch.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives each browser test a window of its own in a fresh browser context of this JVM's headless
 * Chromium ({@link SharedChromium}), pointed at the running app.
 * Uses only what Debian installs: /usr/bin/chromium and /usr/bin/chromedriver; Selenium Manager
 * never runs, so nothing is downloaded. Without Chromium the tests are skipped with a message,
 * except when CI=true: then they fail, because CI must run them.
 */
public final class Chromium implements ExecutionCondition, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    static final Path CHROMIUM = Path.of(System.getProperty("lurewatch.test.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("lurewatch.test.chromedriver", "/usr/bin/chromedriver"));
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(Chromium.class);

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (installed()) {
            return ConditionEvaluationResult.enabled("Chromium at " + CHROMIUM);
        }
        if (onCi()) {
            return ConditionEvaluationResult.enabled("CI=true: browser tests must run (and fail without Chromium)");
        }
        return ConditionEvaluationResult.disabled("Browser tests skipped: no Chromium at " + CHROMIUM + " with "
                + CHROMEDRIVER + " (apt-get install chromium chromium-driver). With CI=true they fail instead.");
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        if (!installed()) {
            throw new IllegalStateException("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: .ci/run must install chromium and chromium-driver");
        }
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
        String languages = AnnotationSupport.findAnnotation(context.getRequiredTestMethod(), AcceptLanguage.class)
                .or(() -> AnnotationSupport.findAnnotation(context.getRequiredTestClass(), AcceptLanguage.class))
                .map(AcceptLanguage::value).orElse("en-US,en");
        Browser browser = SharedChromium.newContext("http://127.0.0.1:" + port, languages);
        context.getStore(NS).put(Browser.class, browser);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browser browser = context.getStore(NS).remove(Browser.class, Browser.class);
        if (browser == null) {
            return;
        }
        try {
            if (context.getExecutionException().isPresent()) {
                browser.saveEvidence(Path.of("target", "browser-evidence"), context.getRequiredTestClass().getSimpleName()
                        + "-" + context.getRequiredTestMethod().getName());
            } else {
                browser.assertNoConsoleProblems();
            }
        } finally {
            browser.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NS).get(Browser.class, Browser.class);
    }
}
