package org.lurewatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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

    /**
     * {@code common} is the shared kernel: every type in it is used by at least two other modules.
     * A type only one module uses belongs in that module.
     */
    @Test
    void commonHoldsOnlyWhatSeveralModulesUse() {
        ApplicationModule common = MODULES.getModuleByName("common").orElseThrow();
        Map<String, Set<String>> users = new TreeMap<>();
        for (ApplicationModule module : MODULES) {
            if (!module.equals(common)) {
                module.getDirectDependencies(MODULES).stream()
                        .filter(dependency -> dependency.getTargetModule().equals(common))
                        .forEach(dependency -> users.computeIfAbsent(topLevel(dependency.getTargetType()),
                                type -> new TreeSet<>()).add(module.getIdentifier().toString()));
            }
        }
        Set<String> types = new TreeSet<>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.lurewatch.common").stream()
                .filter(type -> type.isTopLevelClass() && !type.getSimpleName().equals("package-info"))
                .forEach(type -> types.add(type.getName()));
        assertThat(types).as("types of common").contains("org.lurewatch.common.Language");
        for (String type : types) {
            assertThat(users.getOrDefault(type, Set.of())).as("modules using %s", type).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    private static String topLevel(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer.getName();
    }
}
