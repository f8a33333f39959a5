package org.lurewatch.storage.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lurewatch.storage.embedded.TipsOnServer.withTips;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An older file's unique index is rebuilt in the new key order once, and a crash midway is survived. */
class IndexRebuildTest {

    private static final String INDEX = "lurewatch.tips._index_receipt_1";

    @TempDir
    Path dir;

    private String oldFile() {
        String file = dir.resolve("old.mv.db").toString();
        withTips(new H2Backend(new MVStore.Builder().fileName(file).open()), tips -> {
            tips.createIndex(Indexes.ascending("receipt"), new IndexOptions().unique(true));
            for (int i = 0; i < 200; i++) {
                tips.insertOne(new Document("_id", "tip-" + i).append("receipt", "R-" + (i * 7919 % 1000)));
            }
            return null;
        });
        return file;
    }

    private static void crashState(String file, Consumer<MVStore> leftOver) {
        try (MVStore store = new MVStore.Builder().fileName(file).open()) {
            leftOver.accept(store);
            store.commit();
        }
    }

    private static void assertIndexWorks(String file) {
        withTips(new DurableH2Backend(new MVStore.Builder().fileName(file).open()), tips -> {
            for (int i = 0; i < 200; i += 37) {
                assertThat(tips.find(Filters.eq("receipt", "R-" + (i * 7919 % 1000))).first())
                        .as("tip %d by its receipt", i).extracting(d -> d.get("_id")).isEqualTo("tip-" + i);
            }
            assertThatThrownBy(() -> tips.insertOne(new Document("_id", "dup").append("receipt", "R-0")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("E11000");
            assertThat(tips.countDocuments()).isEqualTo(200);
            return null;
        });
        try (MVStore store = new MVStore.Builder().fileName(file).readOnly().open()) {
            assertThat(store.getMapNames()).doesNotContain(INDEX + ".rebuild");
            assertThat(store.openMap(INDEX, DurableH2Backend.keyed()).sizeAsLong()).isEqualTo(200);
        }
    }

    @Test
    void anOldIndexAnswersAfterItsRebuildOnEveryLaterStart() {
        String file = oldFile();
        assertIndexWorks(file);
        assertIndexWorks(file);
    }

    @Test
    void aCrashWhileCopyingLeavesTheOldIndexAndAPartialCopyThatIsDropped() {
        String file = oldFile();
        crashState(file, store -> store.openMap(INDEX + ".rebuild", DurableH2Backend.keyed())
                .put(new KeyValue("R-0"), "tip-0"));
        assertIndexWorks(file);
    }

    @Test
    void aCrashAfterTheOldIndexWasDroppedLeavesTheFinishedCopyWhichTakesItsName() {
        String file = oldFile();
        crashState(file, store -> {
            MVMap<Object, Object> old = store.openMap(INDEX);
            MVMap<KeyValue, Object> copy = store.openMap(INDEX + ".rebuild", DurableH2Backend.keyed());
            List<Object> keys = new ArrayList<>(old.keySet());
            keys.forEach(k -> copy.put((KeyValue) k, old.get(k)));
            store.removeMap(old);
        });
        assertIndexWorks(file);
    }
}
