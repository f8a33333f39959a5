package org.lurewatch.tips;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.MutableClock;
import org.lurewatch.support.TipApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * One application context for the tip API tests: in-memory database, a low proof-of-work
 * difficulty, limits high enough not to get in the way (the abuse tests have their own context),
 * a clock the tests can move, and a record of the tips submitted (to read them back as staff).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lurewatch.embedded-mongo.in-memory=true",
        "lurewatch.seed.enabled=false",
        "lurewatch.abuse.proof-of-work.difficulty=8",
        "lurewatch.abuse.proof-of-work.flood-threshold=1000000", // bulk tests are no flood: the difficulty stays 8
        "lurewatch.abuse.limits.submission.burst.capacity=100000",
        "lurewatch.abuse.limits.submission.sustained.capacity=100000",
        "lurewatch.abuse.limits.receipt-lookup.burst.capacity=100000",
        "lurewatch.abuse.limits.receipt-lookup.sustained.capacity=100000",
        "lurewatch.abuse.limits.follow-up.burst.capacity=100000",
        "lurewatch.abuse.limits.follow-up.sustained.capacity=100000",
        "lurewatch.abuse.limits.public-read.burst.capacity=100000",
        "lurewatch.abuse.limits.public-read.sustained.capacity=100000"})
@Import(TipApiTestBase.TestBeans.class)
abstract class TipApiTestBase {

    /** Imported, not nested-detected: a clock the tests move, and the ids of submitted tips. */
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

    /** The ids of submitted tips, newest last (the API never tells a tipster their tip's id). */
    static class SubmittedTips {
        final ConcurrentLinkedDeque<TipSubmitted> events = new ConcurrentLinkedDeque<>();

        @EventListener
        void on(TipSubmitted event) {
            events.add(event);
        }

        String lastId() {
            return events.getLast().tipId();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    SubmittedTips submitted;
    @Autowired
    TipRecords records;
    @Autowired
    MongoTemplate mongo;

    GraphQlClient client;
    TipApi api;

    @BeforeEach
    void client() {
        client = new GraphQlClient(port);
        api = TipApi.over(client);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Submits and returns the stored tip, decrypted through the module API. */
    TipRecord submitAndRead(java.util.Map<String, Object> input) {
        api.submitForReceipt(input);
        return records.find(submitted.lastId()).orElseThrow();
    }

    /** Every document of every collection, as MongoDB extended JSON: what a database dump holds. */
    List<String> rawDump() {
        List<String> docs = new ArrayList<>();
        for (String name : mongo.getCollectionNames()) {
            for (Document d : mongo.getCollection(name).find()) {
                docs.add(name + ": " + d.toJson());
            }
        }
        return docs;
    }
}
