package org.lurewatch.triage;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.MutableClock;
import org.lurewatch.support.StaffClient;
import org.lurewatch.support.TipApi;
import org.lurewatch.tips.TipSubmitted;
import org.lurewatch.triage.cases.CaseStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import tools.jackson.databind.JsonNode;

/**
 * One running app for the triage tests: in-memory database, known administrator password, low
 * proof of work, limits out of the way, a movable clock, and the ids of submitted tips (the public
 * API never tells a tipster their tip's id).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lurewatch.embedded-mongo.in-memory=true",
        "lurewatch.seed.enabled=false",
        "lurewatch.admin.initial-password=" + StaffClient.ADMIN_PASSWORD,
        "lurewatch.access.sign-in.client.free-failures=1000",
        "lurewatch.access.sign-in.client.lockout-after=1000",
        "lurewatch.abuse.proof-of-work.difficulty=8",
        "lurewatch.abuse.limits.submission.burst.capacity=100000",
        "lurewatch.abuse.limits.submission.sustained.capacity=100000",
        "lurewatch.abuse.limits.receipt-lookup.burst.capacity=100000",
        "lurewatch.abuse.limits.receipt-lookup.sustained.capacity=100000",
        "lurewatch.abuse.limits.follow-up.burst.capacity=100000",
        "lurewatch.abuse.limits.follow-up.sustained.capacity=100000",
        "lurewatch.abuse.limits.public-read.burst.capacity=100000",
        "lurewatch.abuse.limits.public-read.sustained.capacity=100000"})
@Import(TriageTestBase.TestBeans.class)
public abstract class TriageTestBase {

    static class TestBeans {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }

        @Bean
        SubmittedTips submittedTips() {
            return new SubmittedTips();
        }
    }

    /** Ids of submitted tips, newest last. */
    public static class SubmittedTips {
        final ConcurrentLinkedDeque<String> ids = new ConcurrentLinkedDeque<>();

        @EventListener
        void on(TipSubmitted event) {
            ids.add(event.tipId());
        }
    }

    /** Staff members are created once per running app (user names are unique). */
    private static final Map<String, StaffClient> STAFF = new ConcurrentHashMap<>();

    @LocalServerPort
    protected int port;
    @Autowired
    protected MutableClock clock;
    @Autowired
    protected SubmittedTips submitted;
    @Autowired
    CaseStore cases;

    protected GraphQlClient http;
    protected TipApi tips;
    protected StaffClient admin;

    @BeforeEach
    void clients() {
        http = new GraphQlClient(port);
        tips = TipApi.over(http);
        admin = StaffClient.signIn(http, "admin", StaffClient.ADMIN_PASSWORD);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A signed-in staff member with these roles, created on first use in this app. */
    protected StaffClient staff(String username, String... roles) {
        StaffClient existing = STAFF.get(port + "/" + username);
        if (existing != null) {
            return StaffClient.signIn(http, username, StaffClient.NEW_PASSWORD);
        }
        StaffClient created = admin.newStaff(username, roles);
        STAFF.put(port + "/" + username, created);
        return created;
    }

    /** A submitted tip: its id and receipt. */
    protected record Tip(String id, String receipt) {
    }

    /** Submits a tip and waits the moment it takes for its case to open (off the tipster's path). */
    protected Tip submit(Map<String, Object> overrides) {
        String receipt = tips.submitForReceipt(TipApi.tip(overrides));
        String id = submitted.ids.getLast();
        await().atMost(Duration.ofSeconds(5)).until(() -> cases.byId(id).isPresent());
        return new Tip(id, receipt);
    }

    protected static JsonNode ok(GraphQlClient.Reply reply) {
        if (reply.body().has("errors")) {
            throw new AssertionError("unexpected errors: " + reply.raw());
        }
        return reply.data();
    }

    protected static String code(GraphQlClient.Reply reply) {
        return reply.firstError().path("extensions").path("code").asString();
    }

    protected static List<String> ids(JsonNode connection) {
        List<String> ids = new java.util.ArrayList<>();
        connection.path("edges").forEach(e -> ids.add(e.path("node").path("tipId").asString()));
        return ids;
    }
}
