package org.lurewatch.triage.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lurewatch.common.UserInputException;
import org.lurewatch.graphql.Connection;
import org.lurewatch.storage.EmbeddedMongoProperties;
import org.lurewatch.storage.embedded.EmbeddedMongoServer;
import org.lurewatch.support.EmbeddedTemplate;
import org.lurewatch.support.MutableClock;
import org.lurewatch.tips.TipChannel;
import org.lurewatch.tips.TipRecords;
import org.lurewatch.triage.workflow.CaseStatus;
import org.lurewatch.warnings.Category;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The queue paged in the database, on the portal's embedded engine (and on MongoDB 8 in
 * {@link MongoContainerQueuePagingTest}), watching the commands the
 * driver sends: a page reads its own cases and one more, never the whole queue; ranks are kept
 * where they are stored (cases arriving and going, the day changing, cases stored by an earlier
 * version without a rank); each case is shown once while the queue moves between two requests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TriageQueuePagingTest {

    private static final Instant NOW = Instant.parse("2026-12-07T01:00:00Z");

    private EmbeddedMongoServer server;
    private MongoClient client;
    private MongoTemplate template;
    /** Commands on the cases, as sent, and how many cases each answer carried. */
    private final List<Sent> sent = new CopyOnWriteArrayList<>();

    private final MutableClock clock = MutableClock.fixedAt(NOW);
    private CaseStore cases;
    private CaseRanks ranks;
    private TriageQueue queue;
    private MongoCollection<Document> raw;
    private int opened;

    record Sent(String name, BsonDocument command, int casesReturned) {
    }

    /** The database the queue runs on: the portal's embedded engine here, a real MongoDB in a subclass. */
    protected String connectionString() {
        server = new EmbeddedMongoServer(new EmbeddedMongoProperties(null, "lurewatch", 4, true), Path.of("unused-secrets"),
                false, null);
        return server.connectionString();
    }

    @BeforeAll
    void start() {
        Map<Integer, BsonDocument> started = new java.util.concurrent.ConcurrentHashMap<>();
        CommandListener listener = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                started.put(event.getRequestId(), event.getCommand().clone());
            }

            @Override
            public void commandSucceeded(CommandSucceededEvent event) {
                BsonDocument command = started.remove(event.getRequestId());
                if (command == null || !CaseStore.COLLECTION.equals(collectionOf(command, event.getCommandName()))) {
                    return;
                }
                BsonDocument cursor = event.getResponse().getDocument("cursor", null);
                BsonArray batch = cursor == null ? new BsonArray()
                        : cursor.containsKey("firstBatch") ? cursor.getArray("firstBatch") : cursor.getArray("nextBatch");
                sent.add(new Sent(event.getCommandName(), command, batch.size()));
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(connectionString())).addCommandListener(listener).build());
        template = EmbeddedTemplate.over(client);
    }

    /** The collection a command is about; a getMore names its collection apart. */
    private static String collectionOf(BsonDocument command, String name) {
        if ("getMore".equals(name)) {
            return command.getString("collection").getValue();
        }
        return command.isString(name) ? command.getString(name).getValue() : null;
    }

    @AfterAll
    void stop() {
        client.close();
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void empty() {
        raw = client.getDatabase("lurewatch").getCollection(CaseStore.COLLECTION);
        raw.drop();
        client.getDatabase("lurewatch").getCollection(CaseStore.RECOUNTS).drop();
        opened = 0;
        clock.reset();
        cases = new CaseStore(template);
        TipRecords tips = mock(TipRecords.class);
        ranks = new CaseRanks(cases, clock);
        queue = new TriageQueue(cases, ranks, tips, null, new CaseSeal(tips));
        sent.clear();
    }

    /** A case with these arrival points and link hashes, submitted {@code hoursAgo}, opened as the app opens it. */
    private String open(int points, int hoursAgo, String... linkHashes) {
        String id = String.format("case-%04d", opened++);
        Instant hour = clock.instant().minusSeconds(3600L * hoursAgo);
        List<StoredCase.Reason> reasons = points == 0 ? List.of()
                : List.of(new StoredCase.Reason("MATCHES_WARNINGS", points, new CaseText("warnings", null)));
        ranks.open(List.of(StoredCase.opened(id, Category.JOB_OFFER, "TH", TipChannel.LINE, false, hour, hour, reasons,
                List.of(linkHashes))));
        return id;
    }

    private List<CaseView> all() {
        List<CaseView> all = new ArrayList<>();
        String after = null;
        do {
            Connection<CaseView> page = queue.page(null, 100, after);
            all.addAll(page.nodes());
            after = page.pageInfo().hasNextPage() ? page.pageInfo().endCursor() : null;
        } while (after != null);
        return all;
    }

    private CaseView view(String id) {
        return all().stream().filter(v -> v.tipId().equals(id)).findFirst().orElseThrow();
    }

    private static void assertInQueueOrder(List<CaseView> views) {
        for (int i = 1; i < views.size(); i++) {
            assertThat(views.get(i).sortKey()).isGreaterThan(views.get(i - 1).sortKey());
        }
    }

    @Test
    void eachCaseOnceInQueueOrderWhileCasesArrive() {
        for (int i = 0; i < 90; i++) {
            open((i * 7) % 5 * 10, i % 13);
        }
        List<String> before = all().stream().map(CaseView::tipId).toList();
        assertThat(before).hasSize(90);

        List<CaseView> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        while (true) {
            Connection<CaseView> page = queue.page(null, 20, after);
            seen.addAll(page.nodes());
            pages++;
            if (!page.pageInfo().hasNextPage()) {
                break;
            }
            after = page.pageInfo().endCursor();
            // one at the top, one at the bottom of the queue, arriving between two requests
            open(40, 0);
            open(0, 12);
        }

        assertThat(pages).isEqualTo(5);
        List<String> ids = seen.stream().map(CaseView::tipId).toList();
        assertThat(ids).doesNotHaveDuplicates().containsSubsequence(before);
        assertThat(ids).containsAll(before);
        // in queue order throughout: priority down, then oldest first
        assertInQueueOrder(seen);
    }

    @Test
    void aPageReadsItsCasesAndOneMoreNeverTheWholeQueue() {
        for (int i = 0; i < 300; i++) {
            open(i % 7 * 10, i % 20);
        }
        queue.page(null, 20, null);
        sent.clear();

        Connection<CaseView> first = queue.page(null, 20, null);
        Connection<CaseView> second = queue.page(null, 20, first.pageInfo().endCursor());

        assertThat(first.totalCount()).isEqualTo(300);
        assertThat(second.nodes()).hasSize(20);
        List<Sent> finds = sent.stream().filter(s -> s.name().equals("find")).toList();
        assertThat(finds).hasSize(2);
        for (Sent find : finds) {
            assertThat(find.command().getInt32("limit").getValue()).isEqualTo(21);
            assertThat(find.command().getDocument("sort")).isEqualTo(BsonDocument.parse("{priority: -1, submittedHour: 1, _id: 1}"));
            assertThat(find.casesReturned()).isEqualTo(21);
        }
        // within the hour ranked, a page is that query and a count: nothing else is read or written
        assertThat(sent).extracting(Sent::name).containsOnly("find", "aggregate");
        assertThat(finds.stream().mapToInt(Sent::casesReturned).sum()).isEqualTo(42);
    }

    @Test
    void aCursorFromElsewhereIsRefusedNamingAfter() {
        open(10, 1);
        String wellFormedButForeign = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("c1:{\"$gt\":\"\"}".getBytes(StandardCharsets.UTF_8));
        for (String cursor : List.of("bm90LW91cnM", wellFormedButForeign)) {
            assertThatThrownBy(() -> queue.page(null, 10, cursor)).isInstanceOf(UserInputException.class)
                    .satisfies(e -> assertThat(((UserInputException) e).field()).isEqualTo("after"));
        }
    }

    @Test
    void whenTheDayChangesBetweenTwoPagesEachCaseIsShownOnceWithItsNewPriority() {
        for (int i = 0; i < 40; i++) {
            open(i % 4 * 10, i * 5);
        }
        Connection<CaseView> first = queue.page(null, 15, null);
        clock.advance(Duration.ofDays(1));
        List<CaseView> rest = new ArrayList<>();
        String after = first.pageInfo().endCursor();
        while (after != null) {
            Connection<CaseView> page = queue.page(null, 15, after);
            rest.addAll(page.nodes());
            after = page.pageInfo().hasNextPage() ? page.pageInfo().endCursor() : null;
        }

        List<String> firstIds = first.nodes().stream().map(CaseView::tipId).toList();
        assertThat(rest).extracting(CaseView::tipId).doesNotContainAnyElementsOf(firstIds).doesNotHaveDuplicates();
        assertInQueueOrder(rest);
        // every case waited a day more: what the later pages show, and sort by, is the new priority
        Map<String, Integer> before = new java.util.HashMap<>();
        first.nodes().forEach(v -> before.put(v.tipId(), v.priority()));
        for (CaseView v : rest) {
            long days = Duration.between(v.submittedAt(), clock.instant()).toDays();
            assertThat(v.priority()).isEqualTo(v.computedPriority()).isEqualTo(
                    v.priorityReasons().stream().mapToInt(Priority.Reason::points).sum());
            assertThat(v.priorityReasons().stream().filter(r -> r.code().equals("WAITING")).mapToInt(Priority.Reason::points)
                    .sum()).isEqualTo(Priority.agePoints(days));
        }
        // the first page's cases rose too, so they sort before the reader's place
        assertThat(all().stream().filter(v -> before.containsKey(v.tipId())))
                .allSatisfy(v -> assertThat(v.priority()).isEqualTo(before.get(v.tipId()) + 2));
    }

    @Test
    void theHourlyPassRewritesOnlyTheCasesWhoseWaitingPointsChanged() {
        String dayOld = open(0, 23);
        String twoDaysOld = open(0, 47);
        open(0, 22);
        open(0, 5);
        String waitedLong = open(0, 24 * 20);
        String worked = open(0, 23);
        cases.updateIf(worked, null, new Update().set("status", CaseStatus.IN_REVIEW));
        ranks.rerank(worked);
        queue.page(null, 10, null);
        sent.clear();

        clock.advance(Duration.ofHours(1));
        Connection<CaseView> page = queue.page(null, 10, null);

        List<Sent> updates = sent.stream().filter(s -> s.name().equals("update")).toList();
        assertThat(updates).hasSize(1);
        assertThat(updates.get(0).command().getArray("updates").size()).isEqualTo(2);
        assertThat(page.nodes()).extracting(CaseView::tipId).startsWith(waitedLong, twoDaysOld, dayOld);
        assertThat(page.nodes()).extracting(CaseView::priority).startsWith(Priority.MAX_AGE, Priority.agePoints(2),
                Priority.agePoints(1), 0);
        assertThat(view(worked).priority()).isZero();
    }

    @Test
    void relatedTipsAreCountedWhenCasesArriveAndWhenOneIsDeleted() {
        String a = open(0, 1, "h1");
        String b = open(0, 1, "h1", "h2");
        String c = open(0, 1, "h2", "h3");
        String d = open(0, 1, "h9");
        assertThat(view(a).priority()).isEqualTo(10);
        assertThat(view(b).priority()).isEqualTo(20);
        assertThat(view(c).priority()).isEqualTo(10);
        assertThat(view(d).priority()).isZero();
        assertThat(view(b).priorityReasons()).extracting(Priority.Reason::explanation)
                .containsExactly("2 other tip(s) share an indicator with this tip");

        // as retention removes it
        List<String> hashes = cases.byId(b).orElseThrow().linkHashes();
        cases.delete(b);
        ranks.removed(hashes);
        assertThat(view(a).priority()).isZero();
        assertThat(view(a).priorityReasons()).isEmpty();
        assertThat(view(c).priority()).isZero();
        assertThat(raw.find(new Document("_id", a)).first().getInteger("relatedTips")).isZero();
    }

    @Test
    void aWaveOfTipsNamingOnePhoneRewritesOnlyTheCasesWhosePointsChangeAndShowsTheExactCount() {
        List<String> wave = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            wave.add(open(0, 1, "wave-phone"));
        }
        queue.page(null, 10, null);
        sent.clear();

        wave.add(open(0, 1, "wave-phone"));
        // opening it wrote the case alone; the next read recounts
        assertThat(sent).extracting(Sent::name).containsExactly("insert");
        List<CaseView> shown = all();

        // the seven cases are at the cap of related points: only the new one's rank was written
        List<Sent> updates = sent.stream().filter(s -> s.name().equals("update")).toList();
        assertThat(updates).hasSize(1);
        assertThat(updates.get(0).command().getArray("updates").size()).isEqualTo(1);
        assertThat(updates.get(0).command().getArray("updates").get(0).asDocument().getDocument("q").getString("_id")
                .getValue()).isEqualTo(wave.get(wave.size() - 1));
        assertThat(shown).hasSize(7);
        for (CaseView v : shown) {
            assertThat(v.priority()).isEqualTo(Priority.MAX_RELATED);
            assertThat(v.priorityReasons()).extracting(Priority.Reason::explanation)
                    .containsExactly("6 other tip(s) share an indicator with this tip");
        }

        // retention takes four: the three left fall below the cap
        for (String id : wave.subList(0, 4)) {
            List<String> hashes = cases.byId(id).orElseThrow().linkHashes();
            cases.delete(id);
            ranks.removed(hashes);
        }
        assertThat(all()).extracting(CaseView::priority).containsOnly(2 * Priority.PER_RELATED_TIP);
    }

    @Test
    void casesStoredByAnEarlierVersionAreRankedAtStartAndOnFirstRead() {
        // as an earlier version wrote them: no related count, waiting points or priority
        Date threeDaysAgo = Date.from(NOW.minus(Duration.ofDays(3)));
        raw.insertOne(legacy("old-1", threeDaysAgo, "NEW", 20, "h1"));
        raw.insertOne(legacy("old-2", threeDaysAgo, "IN_REVIEW", 0, "h1"));
        raw.insertOne(legacy("old-3", threeDaysAgo, "NEW", 0, "h7").append("override",
                new Document("priority", 500).append("reason", "why").append("by", "x").append("at", threeDaysAgo)));

        // the first read of a process that never ranked: the stale look finds them
        List<CaseView> order = all();
        assertThat(order).extracting(CaseView::tipId).containsExactly("old-3", "old-1", "old-2");
        assertThat(order).extracting(CaseView::priority).containsExactly(500, 20 + 10 + 6, 10);
        assertThat(order.get(1).priorityReasons()).extracting(Priority.Reason::code)
                .containsExactly("MATCHES_WARNINGS", "MATCHES_OTHER_TIPS", "WAITING");
        Document stored = raw.find(new Document("_id", "old-1")).first();
        assertThat(stored.getInteger("priority")).isEqualTo(36);
        assertThat(stored.getInteger("relatedTips")).isEqualTo(1);
        assertThat(stored.getInteger("waitingPoints")).isEqualTo(6);

        // and at the start of the app, whatever a read did before
        raw.updateMany(new Document(), new Document("$unset", new Document("priority", "").append("relatedTips", "")
                .append("waitingPoints", "")));
        new CaseRanks(cases, clock).rankAll();
        assertThat(raw.find(new Document("_id", "old-2")).first().getInteger("priority")).isEqualTo(10);
        assertThat(raw.find(new Document("_id", "old-3")).first().getInteger("priority")).isEqualTo(500);
    }

    private static Document legacy(String id, Date hour, String status, int points, String hash) {
        return new Document("_id", id).append("status", status).append("category", "JOB_OFFER").append("country", "LA")
                .append("channel", "FACEBOOK").append("inDangerNow", false).append("submittedHour", hour)
                .append("createdAt", hour)
                .append("reasons", points == 0 ? List.of()
                        : List.of(new Document("code", "MATCHES_WARNINGS").append("points", points).append("explanation", "w")))
                .append("linkHashes", List.of(hash)).append("links", List.of()).append("notes", List.of())
                .append("history", List.of());
    }

    @Test
    void aRankComputedBeforeAChangeIsNotWrittenOverIt() {
        String id = open(10, 30);
        StoredCase seen = cases.rankInputs(Criteria.where("_id").is(id)).get(0);
        assertThat(seen.priority()).isEqualTo(12);
        cases.updateIf(id, null, new Update().set("status", CaseStatus.IN_REVIEW));

        assertThat(cases.setRank(seen, CaseRank.of(seen, 0, NOW))).isFalse();
        ranks.rerank(id);
        assertThat(view(id).priority()).isEqualTo(10);
        assertThat(view(id).priorityReasons()).extracting(Priority.Reason::code).containsExactly("MATCHES_WARNINGS");
    }
}
