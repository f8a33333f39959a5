package org.lurewatch.triage;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.MutableClock;
import org.lurewatch.support.PortalTest;
import org.lurewatch.support.StaffClient;
import org.lurewatch.support.SubmittedTips;
import org.lurewatch.support.TipApi;
import org.lurewatch.triage.cases.CaseStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The triage tests run on the shared {@link PortalTest} app: known administrator password, low
 * proof of work, limits out of the way, a movable clock, and the ids of submitted tips (the public
 * API never tells a tipster their tip's id).
 */
@PortalTest
public abstract class TriageTestBase {

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
        // checked at once and then often: Awaitility's default first look after 100 ms cost the
        // triage tests a tenth of a second per tip
        await().atMost(Duration.ofSeconds(5)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> cases.byId(id).isPresent());
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
