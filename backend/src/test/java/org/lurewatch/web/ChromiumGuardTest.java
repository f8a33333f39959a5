package org.lurewatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the installed browser cannot be driven, the failure says what was found and what to do. */
class ChromiumGuardTest {

    @Test
    void aBrowserThatWillNotStartIsNamedWithItsDriverInOneLine(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isExecutable(Chromium.CHROMEDRIVER), "needs " + Chromium.CHROMEDRIVER);
        // a "browser" that answers --version like Chromium and then refuses to run
        Path fake = dir.resolve("chromium");
        Files.writeString(fake, "#!/bin/sh\n[ \"$1\" = --version ] && { echo 'Chromium 150.0.7871.100 built on Debian'; exit 0; }\nexit 1\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));

        assertThatThrownBy(() -> SharedChromium.start(fake, Chromium.CHROMEDRIVER, "en"))
                .isInstanceOf(IllegalStateException.class)
                .satisfies(e -> assertThat(e.getMessage())
                        .doesNotContain("\n")
                        .contains("Chromium 150.0.7871.100 built on Debian (" + fake + ")")
                        .contains(SharedChromium.version(Chromium.CHROMEDRIVER) + " (" + Chromium.CHROMEDRIVER + ")")
                        .contains("apt-get install -y chromium chromium-driver"));
    }

    @Test
    void aMissingProgramIsSaidToBeMissing(@TempDir Path dir) {
        assertThat(SharedChromium.version(dir.resolve("chromedriver"))).isEqualTo("no runnable chromedriver");
        assertThat(SharedChromium.version(Chromium.CHROMEDRIVER)).satisfiesAnyOf(
                v -> assertThat(v).startsWith("ChromeDriver ").doesNotContain("("),
                v -> assertThat(Files.isExecutable(Chromium.CHROMEDRIVER)).isFalse());
    }
}
