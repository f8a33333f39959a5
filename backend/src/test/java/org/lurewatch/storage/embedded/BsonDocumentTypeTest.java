package org.lurewatch.storage.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lurewatch.storage.embedded.TipsOnServer.withTips;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.bson.types.Binary;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lurewatch.storage.embedded.engine.BsonDocumentType;
import org.lurewatch.storage.embedded.engine.BsonKeyType;

/** Documents in the embedded server's file: BSON now, and what older versions wrote still reads. */
class BsonDocumentTypeTest {

    @TempDir
    Path dir;

    private static Document everyKindOfValue() {
        return new Document("_id", new ObjectId())
                .append("title", "งานขายออนไลน์ เงินเดือนสูง — lừa đảo")
                .append("count", 42)
                .append("big", 1L << 40)
                .append("ratio", 0.25)
                .append("published", true)
                .append("expiresAt", null)
                .append("createdAt", Instant.ofEpochMilli(1_764_300_000_123L))
                .append("ciphertext", new BinData(new byte[] {1, 2, 3, (byte) 0xB5}))
                .append("receipt", UUID.randomUUID())
                .append("translations", new Document("en", new Document("title", "Job offer")
                        .append("redFlags", List.of("fee up front", "passport kept"))))
                .append("indicators", List.of(new Document("kind", "PHONE").append("value", "+66 81 234 5678"), 7));
    }

    @Test
    void aDocumentReadsBackAsItWasWrittenInEitherFormOneAfterTheOther() {
        Document document = everyKindOfValue();
        WriteBuffer out = new WriteBuffer();
        BsonDocumentType.INSTANCE.write(out, document);
        new ObjectDataType().write(out, document); // how versions before this one stored it
        BsonDocumentType.INSTANCE.write(out, new Document("_id", "second"));
        ByteBuffer in = out.getBuffer().flip();

        assertThat(BsonDocumentType.INSTANCE.read(in)).isEqualTo(document);
        assertThat(BsonDocumentType.INSTANCE.read(in)).isEqualTo(document);
        assertThat(BsonDocumentType.INSTANCE.read(in)).isEqualTo(new Document("_id", "second"));
        assertThat(in.remaining()).isZero();
    }

    @Test
    void aValueBsonHasNoTypeForIsKeptInTheOldFormRatherThanFailingTheWrite() {
        Document document = new Document("_id", "odd").append("huge", new java.math.BigInteger("123456789012345678901234567890"));
        WriteBuffer out = new WriteBuffer();
        BsonDocumentType.INSTANCE.write(out, document);
        ByteBuffer in = out.getBuffer().flip();

        assertThat(in.get(0)).isNotEqualTo(BsonDocumentType.BSON);
        assertThat(BsonDocumentType.INSTANCE.read(in)).isEqualTo(document);
    }

    @Test
    void aFileFromAnOlderVersionKeepsEveryDocumentAndIsRewrittenOnce() {
        String file = dir.resolve("old.mv.db").toString();
        List<org.bson.Document> written = new ArrayList<>();
        // the older version: mongo-java-server's own H2 backend, documents stored by Java serialisation
        withTips(new H2Backend(new MVStore.Builder().fileName(file).open()), tips -> {
            tips.createIndex(com.mongodb.client.model.Indexes.ascending("receipt"),
                    new com.mongodb.client.model.IndexOptions().unique(true));
            for (int i = 0; i < 300; i++) {
                org.bson.Document tip = new org.bson.Document("_id", "tip-" + i).append("n", i)
                        .append("text", "ข้อความ " + i).append("at", java.util.Date.from(Instant.ofEpochMilli(i)))
                        .append("ciphertext", new Binary(new byte[] {(byte) i})).append("tags", List.of("a", "b"))
                        .append("receipt", "R-" + (i * 7919 % 1000));
                tips.insertOne(tip);
                written.add(tip);
            }
            return null;
        });

        for (int start = 0; start < 2; start++) {
            List<org.bson.Document> read = withTips(new DurableH2Backend(new MVStore.Builder().fileName(file).open()),
                    tips -> tips.find().sort(Sorts.ascending("n")).into(new ArrayList<>()));
            assertThat(read).as("start %d", start).isEqualTo(written);
        }
        Forms<Document> forms = new Forms<>(BsonDocumentType.INSTANCE, BsonDocumentType.BSON);
        Forms<Object> keys = new Forms<>(BsonKeyType.INSTANCE, BsonKeyType.KEY_VALUE, BsonKeyType.VALUE);
        try (MVStore store = new MVStore.Builder().fileName(file).readOnly().open()) {
            MVMap<Object, Document> documents = store.openMap("databases.lurewatch.tips",
                    new MVMap.Builder<Object, Document>().keyType(keys).valueType(forms));
            assertThat(List.copyOf(documents.values())).hasSize(300); // reads every page
            List<String> indexes = store.getMapNames().stream().filter(n -> n.startsWith("lurewatch.tips._index_")).toList();
            assertThat(indexes).containsExactlyInAnyOrder("lurewatch.tips._index__id_", "lurewatch.tips._index_receipt_1");
            for (String index : indexes) {
                MVMap<Object, Object> entries = store.openMap(index, new MVMap.Builder<>().keyType(keys).valueType(keys));
                assertThat(List.copyOf(entries.entrySet())).as(index).hasSize(300);
            }
        }
        assertThat(forms.legacy).as("documents left in Java serialisation").isZero();
        assertThat(forms.bson).isEqualTo(300);
        assertThat(keys.legacy).as("index keys and ids left in Java serialisation").isZero();
        // ids; each index's keys and ids (inner pages repeat some keys)
        assertThat(keys.bson).isGreaterThanOrEqualTo(300 + 2 * (300 + 300));

        // the rebuilt index answers, and still refuses a duplicate
        String found = withTips(new DurableH2Backend(new MVStore.Builder().fileName(file).open()), tips -> {
            assertThat(tips.countDocuments(Filters.eq("receipt", "R-" + (123 * 7919 % 1000)))).isEqualTo(1);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> tips.insertOne(
                    new org.bson.Document("_id", "tip-dup").append("receipt", "R-" + (5 * 7919 % 1000))))
                    .isInstanceOf(com.mongodb.MongoWriteException.class).hasMessageContaining("E11000");
            return tips.find(Filters.eq("receipt", "R-" + (5 * 7919 % 1000))).first().getString("_id");
        });
        assertThat(found).isEqualTo("tip-5");

        withTips(new DurableH2Backend(new MVStore.Builder().fileName(file).open()), tips -> {
            tips.updateOne(Filters.eq("_id", "tip-7"), com.mongodb.client.model.Updates.set("n", 700));
            tips.insertOne(new org.bson.Document("_id", "tip-new"));
            return null;
        });
        List<Object> ns = withTips(new DurableH2Backend(new MVStore.Builder().fileName(file).open()),
                tips -> tips.find(Filters.in("_id", "tip-7", "tip-8")).sort(Sorts.ascending("_id"))
                        .map(d -> d.get("n")).into(new ArrayList<>()));
        assertThat(ns).containsExactly(700, 8);
    }

    /** Reads as the given type does, counting the values in BSON (by their marker) and those in the old form. */
    private static final class Forms<T> extends BasicDataType<T> {
        private final BasicDataType<T> type;
        private final byte[] markers;
        int bson;
        int legacy;

        Forms(BasicDataType<T> type, byte... markers) {
            this.type = type;
            this.markers = markers;
        }

        @Override
        public T read(ByteBuffer in) {
            byte form = in.get(in.position());
            boolean marked = false;
            for (byte marker : markers) {
                marked |= form == marker;
            }
            if (marked) {
                bson++;
            } else {
                legacy++;
            }
            return type.read(in);
        }

        @Override
        public void write(WriteBuffer out, T value) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public int compare(T a, T b) {
            return type.compare(a, b);
        }

        @Override
        public int getMemory(T value) {
            return type.getMemory(value);
        }

        @Override
        public T[] createStorage(int size) {
            return type.createStorage(size);
        }
    }
}
