package org.lurewatch.triage.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lurewatch.support.EmbeddedTemplate;
import org.lurewatch.tips.SealedText;
import org.lurewatch.tips.TipChannel;
import org.lurewatch.tips.TipRecords;
import org.lurewatch.tips.crypto.Sealed;
import org.lurewatch.tips.crypto.TestCiphers;
import org.lurewatch.tips.crypto.TipCipher;
import org.lurewatch.triage.workflow.CaseStatus;
import org.lurewatch.warnings.Category;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Cases are typed records now; the documents on disk keep the shape the hand-written mapping gave
 * them, texts in clear from before sealing still read and are sealed once, and what is written now
 * has the earlier shape, with nothing in clear that staff wrote. On the portal's embedded engine.
 */
class StoredCaseShapeTest {

    private static final Instant HOUR = Instant.parse("2026-12-06T21:00:00Z");
    private static final Date AT = Date.from(HOUR);

    @RegisterExtension
    static final EmbeddedTemplate db = new EmbeddedTemplate();
    private static final TipCipher cipher = TestCiphers.inMemory();
    private CaseStore cases;
    private CaseSeal seal;
    private MongoCollection<Document> raw;

    @BeforeEach
    void empty() {
        db.database().getCollection(CaseStore.COLLECTION).drop();
        db.database().getCollection("triage_markers").drop();
        cases = new CaseStore(db.template());
        // the tips module's seal, with a real cipher
        TipRecords tips = mock(TipRecords.class);
        when(tips.seal(anyString(), anyString(), anyString())).thenAnswer(call -> {
            Sealed s = cipher.seal(call.getArgument(0), "staff:" + call.getArgument(1), call.getArgument(2));
            return new SealedText(s.keyId(), s.ciphertext());
        });
        when(tips.open(anyString(), anyString(), any())).thenAnswer(call -> {
            SealedText s = call.getArgument(2);
            return cipher.open(call.getArgument(0), "staff:" + call.getArgument(1), new Sealed(s.keyId(), s.ciphertext()));
        });
        seal = new CaseSeal(tips);
        raw = db.database().getCollection(CaseStore.COLLECTION);
    }

    /** A case as the hand-written mapping opened it, then worked by a version that stored staff text in clear. */
    private static Document legacyCase(String id) {
        return new Document("_id", id).append("status", "ESCALATED").append("category", "JOB_OFFER").append("country", "LA")
                .append("channel", "FACEBOOK").append("inDangerNow", true).append("submittedHour", AT).append("createdAt", AT)
                .append("reasons", List.of(
                        new Document("code", "IN_DANGER_NOW").append("points", 100).append("explanation", "in danger"),
                        new Document("code", "RED_FLAGS").append("points", 4).append("explanation", "flags: NO_EXPERIENCE")))
                .append("linkHashes", List.of("h1")).append("links", List.of("other"))
                .append("notes", List.of(new Document("id", "n1").append("by", "ana").append("at", AT).append("text", "NoteInClear")))
                .append("history", List.of(new Document("from", "NEW").append("to", "ESCALATED").append("by", "ana")
                        .append("at", AT).append("reason", "ReasonInClear")))
                .append("statusChangedAt", AT).append("closedAt", null).append("assignee", "ana")
                .append("override", new Document("priority", 300).append("reason", "OverrideInClear").append("by", "bo")
                        .append("at", AT))
                .append("reference", "RefInClear").append("firstReviewedAt", AT);
    }

    @Test
    void aCaseInTheEarlierShapeReadsAndIsSealedOnce() {
        raw.insertOne(legacyCase("c1"));

        StoredCase before = cases.byId("c1").orElseThrow();
        CaseView view = CaseView.of(before, 0, HOUR, seal);
        assertThat(view.status()).isEqualTo(CaseStatus.ESCALATED);
        assertThat(view.channel()).isEqualTo(TipChannel.FACEBOOK);
        assertThat(view.reference()).isEqualTo("RefInClear");
        assertThat(view.priorityOverride()).isEqualTo(new CaseView.Override(300, "OverrideInClear", "bo", HOUR));
        assertThat(view.priorityReasons()).extracting(Priority.Reason::explanation).containsExactly("in danger",
                "flags: NO_EXPERIENCE");
        assertThat(view.firstReviewedAt()).isEqualTo(HOUR);
        assertThat(before.history().get(0).reason()).isEqualTo(new CaseText("ReasonInClear", null));
        assertThat(before.notes().get(0).text().clear()).isEqualTo("NoteInClear");

        CaseSealing sealing = new CaseSealing(cases, seal);
        sealing.sealOnce();
        assertThat(cases.isDone("cases-sealed")).isTrue();
        assertThat(sealing.sealWhatIsInClear()).isZero();

        String json = raw.find(new Document("_id", "c1")).first().toJson();
        assertThat(json).doesNotContain("InClear").doesNotContain("NO_EXPERIENCE").contains("in danger");
        StoredCase after = cases.byId("c1").orElseThrow();
        CaseView sealedView = CaseView.of(after, 0, HOUR, seal);
        assertThat(sealedView.reference()).isEqualTo("RefInClear");
        assertThat(sealedView.priorityOverride().reason()).isEqualTo("OverrideInClear");
        assertThat(sealedView.priorityReasons()).extracting(Priority.Reason::explanation).containsExactly("in danger",
                "flags: NO_EXPERIENCE");
        StoredCase.HistoryEntry entry = after.history().get(0);
        assertThat(entry.id()).isNotNull();
        assertThat(seal.open("c1", CaseFile.historyField(entry.id(), "reason"), entry.reason())).isEqualTo("ReasonInClear");
        assertThat(seal.open("c1", CaseFile.noteField("n1"), after.notes().get(0).text())).isEqualTo("NoteInClear");
    }

    @Test
    void whatTheTypedMappingWritesHasTheEarlierShape() {
        CaseText redFlags = seal.seal("c2", CaseView.reasonField("RED_FLAGS"), "flags: FREE_FLIGHT");
        assertThat(cases.insertAll(List.of(StoredCase.opened("c2", Category.MARRIAGE_OFFER, "MM", TipChannel.WECHAT, false,
                HOUR, HOUR, List.of(new StoredCase.Reason("MATCHES_WARNINGS", 20, new CaseText("1 warning", null)),
                        new StoredCase.Reason("RED_FLAGS", 6, redFlags)), List.of("h9"))))).isEqualTo(1);
        // opening it twice is harmless
        assertThat(cases.insertAll(List.of(StoredCase.opened("c2", Category.MARRIAGE_OFFER, "MM", TipChannel.WECHAT, false,
                HOUR, HOUR, List.of(), List.of())))).isZero();

        Document opened = raw.find(new Document("_id", "c2")).first();
        assertThat(opened.keySet()).containsExactly("_id", "status", "category", "country", "channel", "inDangerNow",
                "submittedHour", "createdAt", "reasons", "linkHashes", "links", "notes", "history");
        assertThat(opened.get("submittedHour")).isEqualTo(AT);
        assertThat(opened.getString("status")).isEqualTo("NEW");
        List<Document> reasons = opened.getList("reasons", Document.class);
        assertThat(reasons.get(0)).isEqualTo(new Document("code", "MATCHES_WARNINGS").append("points", 20)
                .append("explanation", "1 warning"));
        assertThat(reasons.get(1).get("explanation", Document.class).keySet()).containsExactly("k", "c");
        assertThat(reasons.get(1).get("explanation", Document.class).get("c")).isInstanceOf(Binary.class);

        assertThat(cases.updateIf("c2", Criteria.where("status").is(CaseStatus.NEW), new Update()
                .set("status", CaseStatus.CLOSED_NO_ACTION).set("closedAt", HOUR)
                .push("history", new StoredCase.HistoryEntry("e1", "NEW", "CLOSED_NO_ACTION", "ana", HOUR,
                        seal.seal("c2", CaseFile.historyField("e1", "reason"), "SecretReason"), null, null))
                .push("notes", new StoredCase.Note("n1", "ana", HOUR, seal.seal("c2", CaseFile.noteField("n1"), "SecretNote")))
                .set("override", new StoredCase.Override(700, seal.seal("c2", CaseView.OVERRIDE_REASON, "SecretWhy"), "ana",
                        HOUR)))).isPresent();
        assertThat(cases.updateIf("c2", Criteria.where("status").is(CaseStatus.NEW), new Update().set("assignee", "x")))
                .isEmpty();

        Document worked = raw.find(new Document("_id", "c2")).first();
        Document history = worked.getList("history", Document.class).get(0);
        assertThat(history.keySet()).containsExactly("id", "from", "to", "by", "at", "reason", "reference", "referredTo");
        assertThat(history.get("reference")).isNull();
        assertThat(history.get("at")).isEqualTo(AT);
        assertThat(worked.getList("notes", Document.class).get(0).keySet()).containsExactly("id", "by", "at", "text");
        assertThat(worked.get("override", Document.class).keySet()).containsExactly("priority", "reason", "by", "at");
        assertThat(worked.get("closedAt")).isEqualTo(AT);
        assertThat(worked.toJson()).doesNotContain("Secret").doesNotContain("_class");
        // read back the way the hand-written mapping read it
        Document note = worked.getList("notes", Document.class).get(0).get("text", Document.class);
        assertThat(cipher.open("c2", "staff:" + CaseFile.noteField("n1"),
                new Sealed(note.getInteger("k"), note.get("c", Binary.class).getData()))).isEqualTo("SecretNote");

        assertThat(cases.closedBefore(List.of(CaseStatus.CLOSED_NO_ACTION), HOUR.plusSeconds(1)))
                .containsExactly(new CaseStore.CaseStatusRow("c2", CaseStatus.CLOSED_NO_ACTION));
        assertThat(cases.closedBefore(List.of(CaseStatus.SPAM), HOUR.plusSeconds(1))).isEmpty();
        assertThat(cases.closedBefore(List.of(CaseStatus.CLOSED_NO_ACTION), HOUR)).isEmpty();
    }

    @Test
    void queueRowsLinksAndDeletion() {
        raw.insertOne(legacyCase("c1"));
        raw.insertOne(legacyCase("c3").append("duplicateOf", "c1").append("links", List.of("c1")));
        assertThat(cases.ids()).containsExactlyInAnyOrder("c1", "c3");
        List<StoredCase> rows = cases.queueRows();
        assertThat(rows).extracting(StoredCase::id).containsExactlyInAnyOrder("c1", "c3");
        assertThat(rows.get(0).notes()).isEmpty(); // not read for the queue
        assertThat(rows.get(0).linkHashes()).containsExactly("h1");

        assertThat(cases.delete("c1")).isTrue();
        cases.forgetLinksTo("c1");
        StoredCase c3 = cases.byId("c3").orElseThrow();
        assertThat(c3.links()).isEmpty();
        assertThat(c3.duplicateOf()).isNull();
        assertThat(cases.delete("c1")).isFalse();
    }
}
