package org.lurewatch.tips.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lurewatch.common.Language;
import org.lurewatch.indicators.IndicatorType;
import org.lurewatch.support.EmbeddedTemplate;
import org.lurewatch.tips.ReportingFor;
import org.lurewatch.tips.TipChannel;
import org.lurewatch.tips.TipRecord;
import org.lurewatch.tips.TipStatus;
import org.lurewatch.tips.crypto.Sealed;
import org.lurewatch.tips.crypto.TestCiphers;
import org.lurewatch.tips.crypto.TipCipher;
import org.lurewatch.warnings.Category;

/**
 * Tips are typed records now, but the documents on disk keep the shape the hand-written mapping
 * gave them: a data folder written before reads, and what is written now reads the old way. On the
 * portal's own embedded engine; the raw documents here are built as {@code TipDocuments} built them.
 */
class StoredTipShapeTest {

    private static final Instant HOUR = Instant.parse("2026-12-06T21:00:00Z");
    private static final List<String> TOP_FIELDS = List.of("_id", "v", "category", "country", "channel", "language",
            "reportingFor", "inDangerNow", "submittedHour", "status", "story", "indicators", "messages", "messageCount",
            "receiptHashes", "idempotencyKeyHash", "challengeHash", "place", "contact");

    @RegisterExtension
    static final EmbeddedTemplate db = new EmbeddedTemplate();
    private static final TipCipher cipher = TestCiphers.inMemory();
    private TipStore store;
    private TipDocuments documents;
    private MongoCollection<Document> raw;

    @BeforeEach
    void empty() {
        db.database().getCollection(TipStore.COLLECTION).drop();
        new TipIndexes(db.template()).afterSingletonsInstantiated();
        store = new TipStore(db.template());
        documents = new TipDocuments(cipher);
        raw = db.database().getCollection(TipStore.COLLECTION);
    }

    private Document sealed(String tipId, String field, String text) {
        Sealed s = cipher.seal(tipId, field, text);
        return new Document("k", s.keyId()).append("c", new Binary(s.ciphertext()));
    }

    /** A tip exactly as the hand-written mapping stored it (and a receipt, a message and a status since). */
    private Document writtenBefore(String id, boolean withChallenge, boolean withPlaceAndContact) {
        List<Document> indicators = List.of(
                new Document("type", "PHONE").append("h", "hash-phone").append("raw", sealed(id, "indicators.0", "+66 81 234 5678")),
                new Document("type", null).append("h", null).append("raw", sealed(id, "indicators.1", "ask for Mr. K")));
        Document doc = new Document("_id", id).append("v", 1).append("category", "JOB_OFFER").append("country", "TH")
                .append("channel", "LINE").append("language", "th").append("reportingFor", "MYSELF")
                .append("inDangerNow", true).append("submittedHour", Date.from(HOUR)).append("status", "RECEIVED")
                .append("story", sealed(id, "story", "งานดี เงินเดือนสูง ไม่ต้องมีประสบการณ์ 🙏"))
                .append("indicators", indicators)
                .append("messages", new ArrayList<Document>()).append("messageCount", 0)
                .append("receiptHashes", new ArrayList<>(List.of("receipt-" + id)))
                .append("idempotencyKeyHash", "idem-" + id);
        if (withChallenge) {
            doc.append("challengeHash", "challenge-" + id);
        }
        if (withPlaceAndContact) {
            doc.append("place", sealed(id, "place", "Mae Sot")).append("contact", sealed(id, "contact", "line: somchai"));
        }
        return doc;
    }

    @Test
    void aTipStoredByTheEarlierMappingReadsThroughTheTypedOne() {
        raw.insertOne(writtenBefore("t-old", false, true));
        // what a staff reply and a status change added to it then
        raw.updateOne(new Document("_id", "t-old"), new Document("$push", new Document("messages",
                new Document("id", "m1").append("from", "STAFF").append("at", Date.from(HOUR.plusSeconds(7200)))
                        .append("text", sealed("t-old", "messages.m1", "Can you tell us the date?"))))
                .append("$inc", new Document("messageCount", 1))
                .append("$set", new Document("status", "NEEDS_INFO").append("statusChangedAt", Date.from(HOUR.plusSeconds(7200)))));

        StoredTip stored = store.byReceipt("receipt-t-old").orElseThrow();
        TipRecord tip = documents.toRecord(stored);
        assertThat(tip).isEqualTo(new TipRecord("t-old", Category.JOB_OFFER, "TH", "Mae Sot", TipChannel.LINE,
                "งานดี เงินเดือนสูง ไม่ต้องมีประสบการณ์ 🙏",
                List.of(new TipRecord.Indicator(IndicatorType.PHONE, "+66 81 234 5678", "hash-phone"),
                        new TipRecord.Indicator(null, "ask for Mr. K", null)),
                true, Language.th, ReportingFor.MYSELF, "line: somchai", HOUR, TipStatus.NEEDS_INFO,
                List.of(new TipRecord.Message("m1", TipRecord.Author.STAFF, "Can you tell us the date?", HOUR.plusSeconds(7200)))));
        assertThat(stored.challengeHash()).isNull();
        assertThat(stored.messageCount()).isEqualTo(1);
        assertThat(store.idByIdempotency("idem-t-old")).contains("t-old");
        assertThat(store.idsWithIndicator("hash-phone")).containsExactly("t-old");
        assertThat(store.ids()).containsExactly("t-old");

        // and the typed updates keep working on it
        assertThat(store.addReceipt("t-old", "receipt-2")).isTrue();
        assertThat(store.byReceipt("receipt-2")).isPresent();
    }

    @Test
    void whatTheTypedMappingWritesHasTheEarlierShape() {
        String id = "t-new";
        TipContent content = new TipContent(Category.MARRIAGE_OFFER, "VN", null, TipChannel.ZALO, "Môi giới hôn nhân",
                List.of(new TipRecord.Indicator(IndicatorType.PHONE, "0912 345 678", "hash-vn"),
                        new TipRecord.Indicator(null, "a broker", null)),
                false, Language.vi, ReportingFor.SOMEONE_ELSE, null);
        assertThat(store.insert(documents.create(id, content, HOUR, "receipt-new", "idem-new", "challenge-new"))).isTrue();
        assertThat(store.addMessage(id, documents.message(id, "m9", TipRecord.Author.TIPSTER, "Thêm thông tin", HOUR), 100))
                .isTrue();
        assertThat(store.setStatus(id, TipStatus.IN_REVIEW, HOUR.plusSeconds(3600))).isTrue();

        Document d = raw.find(new Document("_id", id)).first();
        List<String> expected = new ArrayList<>(TOP_FIELDS);
        expected.removeAll(List.of("place", "contact"));
        expected.add("statusChangedAt");
        assertThat(d.keySet()).containsExactlyElementsOf(expected);
        assertThat(d.get("v")).isEqualTo(1);
        assertThat(d.get("submittedHour")).isEqualTo(Date.from(HOUR));
        assertThat(d.get("statusChangedAt")).isEqualTo(Date.from(HOUR.plusSeconds(3600)));
        assertThat(d.get("messageCount")).isEqualTo(1);
        assertThat(d.getString("status")).isEqualTo("IN_REVIEW");
        assertThat(d.getString("category")).isEqualTo("MARRIAGE_OFFER");
        assertThat(d.getString("language")).isEqualTo("vi");
        assertThat(d.getList("receiptHashes", String.class)).containsExactly("receipt-new");
        List<Document> indicators = d.getList("indicators", Document.class);
        assertThat(indicators).hasSize(2);
        assertThat(indicators.get(0).keySet()).containsExactly("type", "h", "raw");
        assertThat(indicators.get(1).keySet()).containsExactly("type", "h", "raw");
        assertThat(indicators.get(1).get("type")).isNull();
        Document message = d.getList("messages", Document.class).get(0);
        assertThat(message.keySet()).containsExactly("id", "from", "at", "text");
        assertThat(message.get("at")).isEqualTo(Date.from(HOUR));
        assertThat(message.getString("from")).isEqualTo("TIPSTER");
        assertThat(d.toJson()).doesNotContain("_class").doesNotContain("Môi").doesNotContain("0912").doesNotContain("broker");

        // opened the way the hand-written mapping opened it
        Document story = d.get("story", Document.class);
        assertThat(story.keySet()).containsExactly("k", "c");
        assertThat(cipher.open(id, "story", new Sealed(story.getInteger("k"), story.get("c", Binary.class).getData())))
                .isEqualTo("Môi giới hôn nhân");
        Document rawIndicator = indicators.get(0).get("raw", Document.class);
        assertThat(cipher.open(id, "indicators.0", new Sealed(rawIndicator.getInteger("k"),
                rawIndicator.get("c", Binary.class).getData()))).isEqualTo("0912 345 678");
        Document text = message.get("text", Document.class);
        assertThat(cipher.open(id, "messages.m9", new Sealed(text.getInteger("k"), text.get("c", Binary.class).getData())))
                .isEqualTo("Thêm thông tin");
    }

    @Test
    void theUniqueIndexesStillRefuseARepeatedKeyOrChallengeAlongsideGoodTips() {
        raw.insertOne(writtenBefore("t1", true, false));
        TipContent content = new TipContent(Category.JOB_OFFER, "KH", null, TipChannel.OTHER, "story", List.of(), false,
                Language.km, ReportingFor.MYSELF, null);
        assertThat(store.insert(documents.create("t2", content, HOUR, "r2", "idem-t1", "fresh"))).isFalse();
        assertThat(store.insert(documents.create("t3", content, HOUR, "r3", "idem-3", "challenge-t1"))).isFalse();
        assertThat(store.insert(documents.create("t4", content, HOUR, "r4", "idem-4", "other"))).isTrue();
        assertThat(store.ids()).containsExactlyInAnyOrder("t1", "t4");
    }

    @Test
    void receiptsMessagesCountsAndDeletionAsBefore() {
        raw.insertOne(writtenBefore("t1", true, false));
        raw.insertOne(writtenBefore("t2", true, false).append("submittedHour", Date.from(HOUR.plusSeconds(40L * 86_400)))
                .append("category", "TRAVEL_OFFER"));
        for (int i = 2; i <= TipStore.MAX_RECEIPTS; i++) {
            assertThat(store.addReceipt("t1", "extra-" + i)).isTrue();
        }
        assertThat(store.addReceipt("t1", "one-too-many")).isFalse();
        assertThat(store.addReceipt("missing", "x")).isFalse();

        assertThat(store.addMessage("t2", documents.message("t2", "a", TipRecord.Author.TIPSTER, "1", HOUR), 1)).isTrue();
        assertThat(store.addMessage("t2", documents.message("t2", "b", TipRecord.Author.TIPSTER, "2", HOUR), 1)).isFalse();

        List<TipStore.Facet> facets = new ArrayList<>();
        store.forEachFacet(YearMonth.of(2026, 12).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                YearMonth.of(2027, 1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant(), facets::add);
        assertThat(facets).containsExactly(new TipStore.Facet(Category.JOB_OFFER, "TH", TipChannel.LINE, HOUR));

        assertThat(store.byIds(List.of("t1", "t2", "t9"))).extracting(StoredTip::id).containsExactlyInAnyOrder("t1", "t2");
        assertThat(store.exists("t1")).isTrue();
        assertThat(store.delete("t1")).isTrue();
        assertThat(store.delete("t1")).isFalse();
        assertThat(store.exists("t1")).isFalse();
        assertThat(store.byReceipt("extra-3")).isEmpty();
    }
}
