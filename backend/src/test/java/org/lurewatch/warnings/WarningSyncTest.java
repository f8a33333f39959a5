package org.lurewatch.warnings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lurewatch.support.GraphQlSocket;
import org.lurewatch.common.Language;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.MutableClock;
import org.lurewatch.support.PublicApiTest;
import org.lurewatch.warnings.editor.EditorInputs.ChangesInput;
import org.lurewatch.warnings.editor.EditorInputs.DraftInput;
import org.lurewatch.warnings.editor.EditorInputs.TranslationInput;
import org.lurewatch.warnings.editor.WarningEditor;
import org.lurewatch.warnings.publication.PublicationLog;
import org.lurewatch.warnings.store.WarningRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.ArgumentValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * An NGO's mirror: a first load, then only what changed, withdrawals included, by cursor or by
 * instant, and live over a subscription. Runs the README's mirror loop against the portal.
 */
@PublicApiTest
class WarningSyncTest {

    /** The document of README's mirror script: the test uses exactly what NGOs are told to send. */
    static final String README_QUERY = readmeScript().replaceAll("(?s).*QUERY = \"\"\"(.*?)\"\"\".*", "$1");

    @LocalServerPort
    int port;
    @Autowired
    WarningEditor editor;
    @Autowired
    WarningRepository repository;
    @Autowired
    PublicationLog log;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    WarningCatalogue catalogue;
    @Autowired
    MutableClock clock;
    GraphQlClient client;

    static String readmeScript() {
        try {
            String readme = Files.readString(Path.of("../schema/README.md"));
            Matcher m = Pattern.compile("(?s)<!-- mirror.py -->\\s*```python\\n(.*?)```").matcher(readme);
            assertThat(m.find()).as("schema/README.md has the mirror script").isTrue();
            return m.group(1);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void setUp() {
        client = new GraphQlClient(port);
        repository.deleteAll();
        mongo.remove(new Query(), "warning_publications");
        mongo.remove(new Query(), "warning_publication_heads");
        mongo.remove(new Query(), "warning_versions");
    }

    private Warning draft(String slug, String title) {
        return editor.create(new DraftInput(slug, Category.JOB_OFFER, Severity.HIGH, List.of("TH"), List.of(), List.of(),
                null, List.of(new TranslationInput(Language.en, title, "Summary " + slug, "<p>b</p>", List.of()))), "ed");
    }

    private Warning published(String slug, String title) {
        Warning d = draft(slug, title);
        return editor.publish(d.id(), d.version(), "ed");
    }

    /** Lets the settle time pass on the portal's clock: what was logged so far is now readable. */
    private void settle() {
        clock.advance(log.settle().plusMillis(1));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The README loop, step by step: apply each change in order, keep the cursor of the last one. */
    private String mirrorRound(Map<String, String> mirror, String cursor) {
        while (true) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", cursor);
            GraphQlClient.Reply reply = client.query(README_QUERY, variables);
            assertThat(reply.body().has("errors")).as(reply.raw()).isFalse();
            JsonNode page = reply.data().path("warningChanges");
            for (JsonNode edge : page.path("edges")) {
                JsonNode change = edge.path("node");
                if (change.path("warning").isNull()) {
                    mirror.remove(change.path("warningId").asString());
                } else {
                    mirror.put(change.path("warningId").asString(), change.path("warning").path("title").asString());
                }
                cursor = edge.path("cursor").asString();
            }
            if (!page.path("pageInfo").path("hasNextPage").asBoolean()) {
                return cursor;
            }
        }
    }

    private Map<String, String> publishedNow() {
        Map<String, String> expected = new HashMap<>();
        repository.findAll().stream().filter(Warning::isPublic)
                .forEach(w -> expected.put(w.id(), w.translations().get(Language.en).title()));
        return expected;
    }

    @Test
    void aMirrorLoadsEverythingOnceThenOnlyChangesAndWithdrawals() throws Exception {
        Warning a = published("sync-a", "A first");
        Warning b = published("sync-b", "B");
        Warning c = published("sync-c", "C");
        draft("sync-draft", "never shown");
        settle();

        Map<String, String> mirror = new HashMap<>();
        String cursor = mirrorRound(mirror, null);
        assertThat(mirror).isEqualTo(publishedNow()).hasSize(3);
        assertThat(mirrorRound(new HashMap<>(), cursor)).as("nothing new: the cursor stays").isEqualTo(cursor);

        Warning e = published("sync-e", "E new");
        editor.setTranslation(a.id(), a.version(), new TranslationInput(Language.en, "A second", "Summary", "<p>b</p>",
                List.of()), "ed");
        editor.archive(b.id(), b.version(), "ed");
        Warning cDraft = editor.returnToDraft(c.id(), c.version(), "ed");
        editor.setTranslation(cDraft.id(), cDraft.version(), new TranslationInput(Language.en, "SECRET draft of C",
                "draft", "<p>b</p>", List.of()), "ed");
        settle();

        cursor = mirrorRound(mirror, cursor);
        assertThat(mirror).isEqualTo(publishedNow()).containsOnlyKeys(a.id(), e.id());
        assertThat(mirror.get(a.id())).isEqualTo("A second");
        assertThat(mirror.values()).noneMatch(t -> t.contains("SECRET"));

        // only what changed since the cursor: one page with exactly the next change
        editor.update(e.id(), e.version(), new ChangesInput(null, null, Severity.CRITICAL, null, null, null,
                ArgumentValue.omitted()), "ed");
        settle();
        GraphQlClient.Reply next = client.query("query($a: String) { warningChanges(after: $a) { edges { node { kind"
                + " warningId version warning { severity } } } } }", Map.of("a", cursor));
        assertThat(next.data().path("warningChanges").path("edges")).hasSize(1);
        assertThat(next.data().path("warningChanges").path("edges").get(0).path("node").path("kind").asString())
                .isEqualTo("UPDATED");
    }

    @Test
    void changesSinceAnInstantIncludeWithdrawals() throws Exception {
        Warning a = published("since-a", "A");
        settle();
        Instant before = clock.instant();
        Thread.sleep(5);
        editor.archive(a.id(), a.version(), "ed");
        settle();
        JsonNode edges = client.query("query($s: DateTime) { warningChanges(since: $s) { edges { node { kind warningId"
                + " slug warning { title } } } } }", Map.of("s", before.toString())).data().path("warningChanges")
                .path("edges");
        assertThat(edges).hasSize(1);
        assertThat(edges.get(0).path("node").path("kind").asString()).isEqualTo("WITHDRAWN");
        assertThat(edges.get(0).path("node").path("slug").asString()).isEqualTo("since-a");
        assertThat(edges.get(0).path("node").path("warning").isNull()).isTrue();
        assertThat(client.query("{ warningChanges(after: \"garbage\") { edges { cursor } } }").firstError()
                .path("extensions").path("field").asString()).isEqualTo("after");
    }

    @Test
    void theReadmeMirrorScriptRunsAgainstThePortal(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(python() != null, "python3 is not installed");
        Path script = dir.resolve("mirror.py");
        Files.writeString(script, readmeScript());
        Path state = dir.resolve("mirror.json");
        Warning a = published("script-a", "A");
        Warning b = published("script-b", "B");
        settle();
        run(script, state);
        assertThat(titles(state)).isEqualTo(publishedNow()).hasSize(2);

        editor.archive(a.id(), a.version(), "ed");
        Warning c = published("script-c", "C");
        editor.setTranslation(b.id(), b.version(), new TranslationInput(Language.en, "B again", "S", "<p>b</p>", List.of()),
                "ed");
        settle();
        run(script, state);
        assertThat(titles(state)).isEqualTo(publishedNow()).containsOnlyKeys(b.id(), c.id());
    }

    private static String python() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "python3"))) {
                return Path.of(dir, "python3").toString();
            }
        }
        return null;
    }

    private void run(Path script, Path state) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(python(), script.toString()).redirectErrorStream(true);
        pb.environment().put("LUREWATCH_API", "http://127.0.0.1:" + port + "/graphql");
        pb.environment().put("MIRROR_FILE", state.toString());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
    }

    private static Map<String, String> titles(Path state) throws Exception {
        JsonNode warnings = new ObjectMapper().readTree(Files.readString(state)).path("warnings");
        Map<String, String> out = new HashMap<>();
        warnings.properties().forEach(e -> out.put(e.getKey(), e.getValue().path("title").asString()));
        return out;
    }

    @Test
    void theChangeSubscriptionDeliversWithdrawals() throws Exception {
        Warning a = published("live-a", "Live A");
        GraphQlSocket socket = GraphQlSocket.openWith(port, Map.of());
        int before = catalogue.liveSubscribers();
        socket.send("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"subscription { warningChanged"
                + " { kind warningId slug warning { title } } }\"}}");
        // the subscription is registered asynchronously: change the warning once it is in place
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
                .until(() -> catalogue.liveSubscribers() > before);

        Warning edited = editor.setTranslation(a.id(), a.version(), new TranslationInput(Language.en, "Live A2", "S",
                "<p>b</p>", List.of()), "ed");
        editor.archive(edited.id(), edited.version(), "ed");

        String update = socket.nextMessage(Duration.ofSeconds(5));
        assertThat(update).contains("\"kind\":\"UPDATED\"", "Live A2");
        String withdrawal = socket.nextMessage(Duration.ofSeconds(5));
        assertThat(withdrawal).contains("\"kind\":\"WITHDRAWN\"", a.id(), "\"warning\":null");
        socket.send("{\"id\":\"1\",\"type\":\"complete\"}");
        socket.close();
        await("the subscription ends with its socket").atMost(Duration.ofSeconds(10))
                .until(() -> catalogue.liveSubscribers() <= before);
    }
}
