package org.lurewatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Modules talk through each other's API packages only, and never in a cycle. */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(LureWatchApplication.class);

    @Test
    void moduleBoundariesHold() {
        MODULES.verify();
    }

    /**
     * Writes the module documentation (a PlantUML diagram of all modules and of each, a canvas per
     * module, all-docs.adoc) to target/spring-modulith-docs; it is built, not committed. README's
     * module list names every module found here.
     */
    @Test
    void moduleDocumentationIsWrittenAndReadmeNamesEveryModule() throws IOException {
        new Documenter(MODULES).writeDocumentation().writeAggregatingDocument();

        Path docs = Path.of("target", "spring-modulith-docs");
        assertThat(docs.resolve("components.puml")).isRegularFile();
        String readme = Files.readString(Stream.of(Path.of("../README.md"), Path.of("README.md"))
                .filter(Files::isRegularFile).findFirst().orElseThrow());
        for (ApplicationModule module : MODULES) {
            assertThat(docs.resolve("module-" + module.getIdentifier() + ".adoc")).isRegularFile();
            assertThat(readme).as("README names module %s", module.getIdentifier())
                    .contains("`" + module.getIdentifier() + "`");
        }
    }
}
