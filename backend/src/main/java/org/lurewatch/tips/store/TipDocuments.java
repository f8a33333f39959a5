package org.lurewatch.tips.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.types.Binary;
import org.lurewatch.common.Language;
import org.lurewatch.indicators.IndicatorType;
import org.lurewatch.tips.ReportingFor;
import org.lurewatch.tips.TipChannel;
import org.lurewatch.tips.TipRecord;
import org.lurewatch.tips.TipStatus;
import org.lurewatch.tips.crypto.Sealed;
import org.lurewatch.tips.crypto.TipCipher;
import org.lurewatch.warnings.Category;
import org.springframework.stereotype.Component;

/**
 * Maps tips to MongoDB documents and back. Free text (story, place, contact, raw indicators,
 * messages) is stored only sealed as {@code {k: keyId, c: ciphertext}}; what stays in clear is
 * what the triage queue sorts and filters by (category, country, channel, language, danger,
 * status, the hour) and keyed hashes.
 */
@Component
public class TipDocuments {

    static final String ID = "_id";
    static final String IDEMPOTENCY = "idempotencyKeyHash";
    /** The keyed hash of the proof-of-work challenge that paid for the tip: unique, so it counts once. */
    static final String CHALLENGE = "challengeHash";
    static final String RECEIPTS = "receiptHashes";
    static final String INDICATOR_HASH = "indicators.h";
    static final String STATUS = "status";
    static final String MESSAGES = "messages";
    static final String MESSAGE_COUNT = "messageCount";

    private final TipCipher cipher;

    public TipDocuments(TipCipher cipher) {
        this.cipher = cipher;
    }

    public Document create(String tipId, TipContent tip, Instant submittedHour, String receiptHash, String idempotencyHash,
            String challengeHash) {
        List<Document> indicators = new ArrayList<>();
        for (int i = 0; i < tip.indicators().size(); i++) {
            TipRecord.Indicator indicator = tip.indicators().get(i);
            indicators.add(new Document("type", indicator.type() == null ? null : indicator.type().name())
                    .append("h", indicator.linkHash())
                    .append("raw", seal(tipId, "indicators." + i, indicator.raw())));
        }
        Document doc = new Document(ID, tipId)
                .append("v", 1)
                .append("category", tip.category().name())
                .append("country", tip.country())
                .append("channel", tip.channel().name())
                .append("language", tip.language().name())
                .append("reportingFor", tip.reportingFor().name())
                .append("inDangerNow", tip.inDangerNow())
                .append("submittedHour", Date.from(submittedHour))
                .append(STATUS, TipStatus.RECEIVED.name())
                .append("story", seal(tipId, "story", tip.story()))
                .append("indicators", indicators)
                .append(MESSAGES, new ArrayList<Document>())
                .append(MESSAGE_COUNT, 0)
                .append(RECEIPTS, new ArrayList<>(List.of(receiptHash)))
                .append(IDEMPOTENCY, idempotencyHash)
                .append(CHALLENGE, challengeHash);
        if (tip.place() != null) {
            doc.append("place", seal(tipId, "place", tip.place()));
        }
        if (tip.contact() != null) {
            doc.append("contact", seal(tipId, "contact", tip.contact()));
        }
        return doc;
    }

    public Document message(String tipId, String messageId, TipRecord.Author author, String text, Instant at) {
        return new Document("id", messageId).append("from", author.name()).append("at", Date.from(at))
                .append("text", seal(tipId, "messages." + messageId, text));
    }

    /** The link hashes of a stored tip, clear text (null for an indicator that could not be linked). */
    static List<String> linkHashes(Document doc) {
        return doc.getList("indicators", Document.class, List.of()).stream().map(d -> d.getString("h")).toList();
    }

    public TipRecord toRecord(Document doc) {
        String id = doc.getString(ID);
        List<TipRecord.Indicator> indicators = new ArrayList<>();
        List<Document> stored = doc.getList("indicators", Document.class, List.of());
        for (int i = 0; i < stored.size(); i++) {
            Document d = stored.get(i);
            String type = d.getString("type");
            indicators.add(new TipRecord.Indicator(type == null ? null : IndicatorType.valueOf(type),
                    open(id, "indicators." + i, d.get("raw", Document.class)), d.getString("h")));
        }
        return new TipRecord(id, Category.valueOf(doc.getString("category")), doc.getString("country"),
                open(id, "place", doc.get("place", Document.class)), TipChannel.valueOf(doc.getString("channel")),
                open(id, "story", doc.get("story", Document.class)), List.copyOf(indicators),
                doc.getBoolean("inDangerNow", false), Language.valueOf(doc.getString("language")),
                ReportingFor.valueOf(doc.getString("reportingFor")), open(id, "contact", doc.get("contact", Document.class)),
                doc.getDate("submittedHour").toInstant(), status(doc), messages(doc, null));
    }

    /** The dialogue, oldest first; only {@code author}'s messages when it is not null. */
    public List<TipRecord.Message> messages(Document doc, TipRecord.Author author) {
        String id = doc.getString(ID);
        List<TipRecord.Message> messages = new ArrayList<>();
        for (Document m : doc.getList(MESSAGES, Document.class, List.of())) {
            TipRecord.Author from = TipRecord.Author.valueOf(m.getString("from"));
            if (author == null || author == from) {
                String messageId = m.getString("id");
                messages.add(new TipRecord.Message(messageId, from,
                        open(id, "messages." + messageId, m.get("text", Document.class)), m.getDate("at").toInstant()));
            }
        }
        return List.copyOf(messages);
    }

    public static TipStatus status(Document doc) {
        return TipStatus.valueOf(doc.getString(STATUS));
    }

    public static Language language(Document doc) {
        return Language.valueOf(doc.getString("language"));
    }

    public static Instant submittedHour(Document doc) {
        return doc.getDate("submittedHour").toInstant();
    }

    private Document seal(String tipId, String field, String text) {
        Sealed sealed = cipher.seal(tipId, field, text);
        return new Document("k", sealed.keyId()).append("c", new Binary(sealed.ciphertext()));
    }

    private String open(String tipId, String field, Document sealed) {
        if (sealed == null) {
            return null;
        }
        return cipher.open(tipId, field, new Sealed(sealed.getInteger("k"), sealed.get("c", Binary.class).getData()));
    }
}
