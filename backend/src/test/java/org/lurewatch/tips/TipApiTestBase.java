package org.lurewatch.tips;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.MutableClock;
import org.lurewatch.support.PortalTest;
import org.lurewatch.support.SubmittedTips;
import org.lurewatch.support.TipApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The tip API tests run on the shared {@link PortalTest} app: a low proof-of-work difficulty, limits
 * out of the way (the abuse tests have their own context), a clock the tests can move, and a record
 * of the tips submitted (to read them back as staff).
 */
@PortalTest
abstract class TipApiTestBase {

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
