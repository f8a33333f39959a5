package org.lurewatch.storage.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

/** Every id, as the catalogue's first read asks for them, answered from the id index. */
class IdIndexedCollectionTest {

    private static List<Object> ids(MongoCollection<Document> tips, int skip, int limit) {
        List<Object> ids = new ArrayList<>();
        tips.find().projection(Projections.include("_id")).skip(skip).limit(limit).batchSize(3)
                .forEach(d -> {
                    assertThat(d.keySet()).containsExactly("_id");
                    ids.add(d.get("_id"));
                });
        return ids;
    }

    @Test
    void everyIdOnceAfterInsertsUpdatesAndDeletesOfAnyIdType() {
        ObjectId kept = new ObjectId();
        ObjectId deleted = new ObjectId();
        TipsOnServer.withTips(new DurableH2Backend(new MVStore.Builder().open()), tips -> {
            tips.insertMany(List.of(new Document("_id", kept).append("n", 1), new Document("_id", deleted).append("n", 2),
                    new Document("_id", "text-id").append("n", 3), new Document("_id", 42).append("n", 4)));
            for (int i = 0; i < 500; i++) {
                tips.insertOne(new Document("n", 100 + i).append("body", "x".repeat(1_000)));
            }
            tips.deleteOne(Filters.eq("_id", deleted));
            tips.updateOne(Filters.eq("_id", kept), Updates.set("n", 10));

            List<Object> every = ids(tips, 0, 0);
            assertThat(every).hasSize(503).doesNotHaveDuplicates().contains(kept, "text-id", 42).doesNotContain(deleted);
            assertThat(every).containsExactlyInAnyOrderElementsOf(
                    tips.find().map(d -> d.get("_id")).into(new ArrayList<>()));
            assertThat(ids(tips, 500, 0)).hasSize(3);
            assertThat(ids(tips, 0, 10)).hasSize(10);

            // anything else still reads the documents
            assertThat(tips.find(Filters.eq("n", 10)).projection(Projections.include("_id")).first())
                    .isEqualTo(new Document("_id", kept));
            assertThat(tips.find().projection(Projections.include("n")).first()).containsKeys("_id", "n");
            return null;
        });
    }

    @Test
    void theIdsComeFromTheIndexNotFromReadingTheDocuments() {
        MVStore store = new MVStore.Builder().open();
        TipsOnServer.withTips(new DurableH2Backend(store), tips -> {
            tips.insertMany(List.of(new Document("_id", "a"), new Document("_id", "b")));
            // behind the server's back: only a reader of the documents would miss "b" now
            store.openMap("databases.lurewatch.tips").remove("b");

            assertThat(ids(tips, 0, 0)).containsExactly("a", "b");
            assertThat(tips.find().map(d -> d.get("_id")).into(new ArrayList<>())).containsExactly("a");
            return null;
        });
    }
}
