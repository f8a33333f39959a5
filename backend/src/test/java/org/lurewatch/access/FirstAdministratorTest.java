package org.lurewatch.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lurewatch.LureWatchApplication;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.IntegrationTest;
import org.lurewatch.support.StaffClient;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The first start of an empty database creates an administrator whose generated password is
 * printed once to the console and never logged; a restart does not create another; the reset
 * procedure prints a new one-time password and exits without serving.
 */
@IntegrationTest
class FirstAdministratorTest {

    private static final Pattern PASSWORD = Pattern.compile("one-time password: (\\S+)");

    @TempDir
    Path dataDir;

    private PrintStream originalOut;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private final List<String> logged = new CopyOnWriteArrayList<>();

    @BeforeEach
    void captureStdout() {
        originalOut = System.out;
        OutputStream tee = new OutputStream() {
            @Override
            public void write(int b) {
                captured.write(b);
                originalOut.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                captured.write(b, off, len);
                originalOut.write(b, off, len);
            }
        };
        System.setOut(new PrintStream(tee, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStdout() {
        System.setOut(originalOut);
    }

    private String stdout() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    private ConfigurableApplicationContext start(String... extra) {
        String[] args = new String[extra.length + 3];
        args[0] = "--server.port=0";
        args[1] = "--lurewatch.embedded-mongo.data-dir=" + dataDir;
        args[2] = "--spring.main.banner-mode=off";
        System.arraycopy(extra, 0, args, 3, extra.length);
        return new SpringApplicationBuilder(LureWatchApplication.class)
                .listeners((ApplicationPreparedEvent e) -> recordLogs())
                .run(args);
    }

    /** Every log event from here on (logging is configured by now, so the appender stays). */
    private void recordLogs() {
        AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                logged.add(event.getFormattedMessage() + " " + (event.getThrowableProxy() == null ? ""
                        : event.getThrowableProxy().getMessage()));
            }
        };
        appender.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(appender);
    }

    private static String onlyPasswordIn(String output) {
        Matcher m = PASSWORD.matcher(output);
        assertThat(m.find()).as("a one-time password is printed").isTrue();
        String password = m.group(1);
        assertThat(m.find()).as("printed only once").isFalse();
        return password;
    }

    private static GraphQlClient client(ConfigurableApplicationContext context) {
        return new GraphQlClient(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @Test
    void aGeneratedPasswordIsPrintedOnceNeverLoggedAndCanBeResetFromTheCommandLine() {
        String generated;
        try (ConfigurableApplicationContext first = start()) {
            generated = onlyPasswordIn(stdout());
            assertThat(generated).hasSizeGreaterThanOrEqualTo(20);
            assertThat(stdout().split(Pattern.quote(generated), -1)).as("nowhere else on the console").hasSize(2);
            assertThat(logged).isNotEmpty().noneMatch(line -> line.contains(generated));
            assertThat(stdout()).doesNotContain("Using generated security password");

            StaffClient admin = StaffClient.signIn(client(first), "admin", generated);
            GraphQlClient.Reply me = admin.query("{ me { username roles passwordChangeRequired } }");
            assertThat(me.data().path("me").path("passwordChangeRequired").asBoolean()).isTrue();
            assertThat(me.data().path("me").path("roles").toString()).isEqualTo("[\"ADMIN\"]");
        }

        captured.reset();
        try (ConfigurableApplicationContext second = start()) {
            assertThat(stdout()).as("not created or printed a second time").doesNotContain("one-time password");
            assertThat(StaffClient.postSession(client(second), "admin", generated).status()).isEqualTo(200);
        }

        captured.reset();
        ConfigurableApplicationContext reset = start("--lurewatch.admin.reset-password=admin");
        assertThat(reset).as("the reset serves nothing").isNotInstanceOf(WebServerApplicationContext.class);
        assertThat(reset.isActive()).as("and stops by itself").isFalse();
        String fresh = onlyPasswordIn(stdout());
        assertThat(fresh).isNotEqualTo(generated);
        assertThat(logged).noneMatch(line -> line.contains(fresh));

        captured.reset();
        try (ConfigurableApplicationContext third = start()) {
            GraphQlClient http = client(third);
            assertThat(StaffClient.postSession(http, "admin", generated).status()).isEqualTo(401);
            assertThat(StaffClient.postSession(http, "admin", fresh).status()).isEqualTo(200);
        }
    }

    @Test
    void aTooWeakConfiguredPasswordStopsTheFirstStartWithAClearMessage() {
        try {
            start("--lurewatch.admin.initial-password=admin123").close();
            throw new AssertionError("the start should have failed");
        } catch (RuntimeException e) {
            assertThat(e).hasStackTraceContaining("lurewatch.admin.initial-password must be at least 12 characters");
        }
    }
}
