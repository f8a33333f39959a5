package org.lurewatch.storage.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lurewatch.storage.DatabaseIdentity;
import org.lurewatch.storage.StorageRefusal;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The identity check as it runs against a real MongoDB (the same code as on the embedded one): here
 * over a wire-protocol server, as a MongoDB reached by {@code spring.mongodb.uri}.
 */
class IdentityGuardTest {

    @TempDir
    Path secrets;
    MongoServer server;
    MongoClient client;

    @BeforeEach
    void start() {
        server = new MongoServer(H2Backend.inMemory());
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private MongoTemplate database(String name) {
        return new MongoTemplate(client, name);
    }

    private IdentityGuard guard(boolean freshStart) {
        return new IdentityGuard(secrets, false, false, null, freshStart, false);
    }

    @Test
    void theFirstStartOfAnEmptyDatabaseRecordsItsIdentityOnBothSides() throws Exception {
        DatabaseIdentity identity = guard(false).verify(database("lurewatch"));
        assertThat(identity.mayCreateKeys()).isTrue();
        assertThat(Files.readString(secrets.resolve("database.id")).trim()).isEqualTo(identity.id());
        assertThat(database("lurewatch").getCollection(IdentityGuard.COLLECTION).find().first().getString("databaseId"))
                .isEqualTo(identity.id());
        database("lurewatch").getCollection("tips").insertOne(new Document("_id", "t1"));
        DatabaseIdentity again = guard(false).verify(database("lurewatch"));
        assertThat(again.id()).isEqualTo(identity.id());
        assertThat(again.mayCreateKeys()).as("keys protect data now").isFalse();
    }

    @Test
    void anEmptyDatabaseByMistakeIsRefusedOnRealMongoToo() {
        guard(false).verify(database("lurewatch"));
        database("lurewatch").getCollection("tips").insertOne(new Document("_id", "t1"));
        assertThatThrownBy(() -> guard(false).verify(database("lurewatch_typo")))
                .isInstanceOf(StorageRefusal.class)
                .hasMessageContaining("MongoDB database lurewatch_typo is empty")
                .hasMessageContaining("spring.mongodb.uri").hasMessageContaining("mongorestore")
                .hasMessageContaining("fresh-start");
        assertThat(database("lurewatch_typo").getCollectionNames()).as("nothing written into it").isEmpty();
    }

    @Test
    void aDatabaseFromBeforeIdentitiesIsAdoptedWithItsKeys() throws Exception {
        database("lurewatch").getCollection("tips").insertOne(new Document("_id", "t1"));
        Files.writeString(secrets.resolve("tip-keyset.json"), "{}");
        DatabaseIdentity identity = guard(false).verify(database("lurewatch"));
        assertThat(identity.mayCreateKeys()).isFalse();
        assertThat(secrets.resolve("database.id")).exists();
    }

    @Test
    void keysFromAnEarlierVersionOverAnEmptyDatabaseAreRefused() throws Exception {
        Files.writeString(secrets.resolve("tip-keyset.json"), "{}");
        assertThatThrownBy(() -> guard(false).verify(database("lurewatch"))).isInstanceOf(StorageRefusal.class)
                .hasMessageContaining("is empty");
        assertThat(guard(true).verify(database("lurewatch")).mayCreateKeys()).as("unless asked for").isTrue();
    }
}
