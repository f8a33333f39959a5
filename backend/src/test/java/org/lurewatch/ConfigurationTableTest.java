package org.lurewatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configuration table in deploy/OPERATIONS.md says what the code reads, checked against the
 * metadata the configuration processor writes from every {@code @ConfigurationProperties} class
 * (plus {@code additional-spring-configuration-metadata.json} for the settings read with
 * {@code @Value} or {@code @Scheduled}), against application.yml and against the code's placeholders.
 *
 * <p>A row names its settings in its first cell: full names in backquotes, {@code {a,b}} for
 * alternatives, and a name without its prefix ({@code `max-ttl`}) for a sibling of the name before
 * it; environment variables in parentheses.
 */
class ConfigurationTableTest {

    /** Set by application.yml or by tests, never by an operator, so not in the table. */
    private static final Set<String> INTERNAL = Set.of("lurewatch.secrets.ephemeral");

    private static final Pattern QUOTED = Pattern.compile("`([^`]+)`");
    private static final Pattern ENVIRONMENT = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern ROOT = Pattern.compile("(lurewatch|spring|server|logging|management)\\..+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(lurewatch\\.[a-z0-9.-]+)(?::([^}]*))?}");

    private record Row(List<String> properties, List<String> environment, String defaults, String line) {
    }

    @Test
    void everyDocumentedSettingExists() throws IOException {
        Map<String, JsonNode> known = metadata();
        assertThat(known.keySet()).as("metadata of Boot and of LureWatch").contains("server.port", "lurewatch.feeds.base-url");
        List<String> unknown = new ArrayList<>();
        for (Path document : List.of(operations(), repo("README.md"))) {
            for (Row row : table(document)) {
                assertThat(row.properties()).as("%s: %s", document.getFileName(), row.line()).isNotEmpty();
                row.properties().stream().filter(name -> !known.containsKey(name))
                        .forEach(name -> unknown.add(document.getFileName() + ": " + name));
            }
        }
        assertThat(unknown).as("documented settings that nothing reads (no configuration metadata)").isEmpty();
    }

    @Test
    void everyLureWatchSettingIsDocumentedExactlyOnce() throws IOException {
        List<String> documented = table(operations()).stream().flatMap(row -> row.properties().stream()).toList();
        Map<String, Integer> twice = new TreeMap<>();
        for (String name : new TreeSet<>(documented)) {
            int times = Collections.frequency(documented, name);
            if (times > 1) {
                twice.put(name, times);
            }
        }
        assertThat(twice).as("settings with more than one row").isEmpty();
        Set<String> undocumented = new TreeSet<>();
        for (String name : metadata().keySet()) {
            if (name.startsWith("lurewatch.") && !INTERNAL.contains(name) && !documented.contains(name)) {
                undocumented.add(name);
            }
        }
        assertThat(undocumented).as("settings the code reads that deploy/OPERATIONS.md does not list").isEmpty();
        assertThat(metadata().keySet()).as("the internal settings are real ones").containsAll(INTERNAL);
    }

    @Test
    void everySettingTheCodeReadsByNameIsInTheMetadataWithTheSameDefault() throws IOException {
        Map<String, JsonNode> known = metadata();
        Path sources = Path.of("src/main/java");
        assertThat(sources).isDirectory();
        List<String> problems = new ArrayList<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher placeholder = PLACEHOLDER.matcher(Files.readString(file));
                while (placeholder.find()) {
                    found++;
                    String name = placeholder.group(1);
                    JsonNode entry = known.get(name);
                    if (entry == null) {
                        problems.add(file.getFileName() + " reads " + name + ", which has no metadata");
                    } else if (placeholder.group(2) != null && !placeholder.group(2).isEmpty() && entry.has("defaultValue")
                            && !entry.get("defaultValue").asString().equals(placeholder.group(2))) {
                        problems.add(file.getFileName() + " defaults " + name + " to " + placeholder.group(2)
                                + ", the metadata to " + entry.get("defaultValue").asString());
                    }
                }
            }
        }
        assertThat(found).as("placeholders found").isGreaterThan(20);
        assertThat(problems).isEmpty();
    }

    /** A default the table gives as one value per setting must be the one the portal starts with. */
    @Test
    void documentedDefaultsAreTheEffectiveOnes() throws IOException {
        Map<String, String> yaml = applicationYaml();
        Map<String, JsonNode> known = metadata();
        List<String> wrong = new ArrayList<>();
        int compared = 0;
        for (Row row : table(operations())) {
            List<String> values = simpleDefaults(row.defaults());
            if (values == null || values.size() != row.properties().size()) {
                continue;
            }
            for (int i = 0; i < values.size(); i++) {
                String name = row.properties().get(i);
                String effective = effectiveDefault(name, yaml, known);
                if (effective != null) {
                    compared++;
                    if (!effective.equals(values.get(i))) {
                        wrong.add(name + ": the table says " + values.get(i) + ", the portal starts with " + effective);
                    }
                }
            }
        }
        assertThat(compared).as("defaults compared").isGreaterThan(25);
        assertThat(wrong).isEmpty();
    }

    @Test
    void documentedEnvironmentVariablesReachTheirSetting() throws IOException {
        String yaml = applicationYamlText();
        for (Path document : List.of(operations(), repo("README.md"))) {
            for (Row row : table(document)) {
                for (String variable : row.environment()) {
                    boolean relaxed = row.properties().stream()
                            .anyMatch(name -> name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_').equals(variable)
                                    || name.toUpperCase(Locale.ROOT).replace(".", "_").replace("-", "").equals(variable));
                    assertThat(relaxed || yaml.contains("${" + variable + ":") || yaml.contains("${" + variable + "}"))
                            .as("%s in %s: neither Boot's name for %s nor read in application.yml", variable,
                                    document.getFileName(), row.properties())
                            .isTrue();
                }
            }
        }
    }

    @Test
    void readmeListsOnlySettingsOfTheFullTable() throws IOException {
        Set<String> full = new TreeSet<>();
        table(operations()).forEach(row -> full.addAll(row.properties()));
        List<Row> readme = table(repo("README.md"));
        assertThat(readme).as("README's short table").isNotEmpty();
        readme.forEach(row -> assertThat(full).as(row.line()).containsAll(row.properties()));
    }

    // --- reading the table -------------------------------------------------------------------

    private static List<Row> table(Path document) throws IOException {
        List<Row> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(document)) {
            if (line.startsWith("| property")) {
                inTable = true;
            } else if (inTable && line.startsWith("|---")) {
                continue;
            } else if (inTable && line.startsWith("| ")) {
                String[] cells = line.split("(?<!\\\\)\\|");
                rows.add(row(cells[1], cells[2], line));
            } else if (inTable) {
                break;
            }
        }
        assertThat(rows).as("the configuration table of %s", document).isNotEmpty();
        return rows;
    }

    private static Row row(String names, String defaults, String line) {
        List<String> properties = new ArrayList<>();
        List<String> environment = new ArrayList<>();
        String previous = null;
        Matcher quoted = QUOTED.matcher(names);
        while (quoted.find()) {
            String token = quoted.group(1).trim();
            if (ENVIRONMENT.matcher(token).matches()) {
                environment.add(token);
                continue;
            }
            if (!ROOT.matcher(token).matches()) {
                assertThat(previous).as("'%s' names a sibling of no setting: %s", token, line).isNotNull();
                String stripped = token.startsWith(".") ? token.substring(1) : token;
                token = previous.substring(0, previous.lastIndexOf('.') + 1) + stripped;
            }
            List<String> expanded = expand(token);
            properties.addAll(expanded);
            previous = expanded.get(expanded.size() - 1);
        }
        return new Row(properties, environment, defaults.trim(), line);
    }

    /** {@code a.{b,c}.{d,e}} to a.b.d, a.b.e, a.c.d, a.c.e. */
    private static List<String> expand(String name) {
        int open = name.indexOf('{');
        if (open < 0) {
            return List.of(name);
        }
        int close = name.indexOf('}', open);
        List<String> all = new ArrayList<>();
        for (String choice : name.substring(open + 1, close).split(",")) {
            all.addAll(expand(name.substring(0, open) + choice.trim() + name.substring(close + 1)));
        }
        return all;
    }

    /** {@code `3s` / `5m`} to [3s, 5m]; null when the cell says more than values. */
    private static List<String> simpleDefaults(String cell) {
        if (!cell.matches("`[^`]+`(\\s*/\\s*`[^`]+`)*")) {
            return null;
        }
        List<String> values = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(cell);
        while (quoted.find()) {
            values.add(quoted.group(1));
        }
        return values;
    }

    // --- what the portal really starts with ----------------------------------------------------

    private static String effectiveDefault(String name, Map<String, String> yaml, Map<String, JsonNode> known) {
        String configured = yaml.get(name);
        if (configured != null) {
            Matcher placeholder = Pattern.compile("\\$\\{[A-Z0-9_]+:([^${}]*)}").matcher(configured);
            if (placeholder.matches()) {
                return placeholder.group(1);
            }
            return configured.contains("${") ? null : configured;
        }
        JsonNode entry = known.get(name);
        return entry != null && entry.has("defaultValue") ? entry.get("defaultValue").asString() : null;
    }

    private static Map<String, String> applicationYaml() throws IOException {
        Map<String, String> flat = new LinkedHashMap<>();
        Object tree = new Yaml().load(applicationYamlText());
        flatten("", tree, flat);
        return flat;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object node, Map<String, String> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, value, into));
        } else if (node instanceof List<?> list) {
            into.put(prefix, String.join(",", ((List<Object>) list).stream().map(String::valueOf).toList()));
        } else {
            into.put(prefix, String.valueOf(node));
        }
    }

    private static String applicationYamlText() throws IOException {
        try (InputStream in = ConfigurationTableTest.class.getResourceAsStream("/application.yml")) {
            assertThat(in).as("application.yml").isNotNull();
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** Every setting in every configuration metadata file on the classpath: Boot's and LureWatch's. */
    private static Map<String, JsonNode> metadata() throws IOException {
        Map<String, JsonNode> all = new TreeMap<>();
        JsonMapper json = JsonMapper.builder().build();
        boolean ours = false;
        for (URL url : Collections.list(ConfigurationTableTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = url.openStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    all.put(property.get("name").asString(), property);
                    ours |= property.get("name").asString().startsWith("lurewatch.");
                }
            }
        }
        assertThat(ours).as("LureWatch's metadata (spring-boot-configuration-processor at compile time)").isTrue();
        return all;
    }

    private static Path operations() {
        return repo("deploy/OPERATIONS.md");
    }

    private static Path repo(String file) {
        return Stream.of(Path.of("..", file), Path.of(file)).filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new AssertionError(file + " not found from " + Path.of("").toAbsolutePath()));
    }
}
