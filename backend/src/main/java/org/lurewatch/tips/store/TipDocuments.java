package org.lurewatch.tips.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.lurewatch.tips.TipRecord;
import org.lurewatch.tips.TipStatus;
import org.lurewatch.tips.crypto.TipCipher;
import org.lurewatch.tips.store.StoredTip.SealedField;
import org.lurewatch.tips.store.StoredTip.StoredIndicator;
import org.lurewatch.tips.store.StoredTip.StoredMessage;
import org.springframework.stereotype.Component;

/**
 * Seals a tip's free text into a {@link StoredTip} and opens it again into a {@link TipRecord}.
 * Each ciphertext is bound to the tip and the field it belongs to ("story", "indicators.0",
 * "messages.&lt;id&gt;", ...), so it cannot be moved to another tip or field.
 */
@Component
public class TipDocuments {

    private final TipCipher cipher;

    public TipDocuments(TipCipher cipher) {
        this.cipher = cipher;
    }

    public StoredTip create(String tipId, TipContent tip, Instant submittedHour, String receiptHash, String idempotencyHash,
            String challengeHash) {
        List<StoredIndicator> indicators = new ArrayList<>();
        for (int i = 0; i < tip.indicators().size(); i++) {
            TipRecord.Indicator indicator = tip.indicators().get(i);
            indicators.add(new StoredIndicator(indicator.type(), indicator.linkHash(),
                    seal(tipId, "indicators." + i, indicator.raw())));
        }
        return new StoredTip(tipId, 1, tip.category(), tip.country(), tip.channel(), tip.language(), tip.reportingFor(),
                tip.inDangerNow(), submittedHour, TipStatus.RECEIVED, seal(tipId, "story", tip.story()), indicators,
                List.of(), 0, List.of(receiptHash), idempotencyHash, challengeHash, seal(tipId, "place", tip.place()),
                seal(tipId, "contact", tip.contact()), null);
    }

    public StoredMessage message(String tipId, String messageId, TipRecord.Author author, String text, Instant at) {
        return new StoredMessage(messageId, author, at, seal(tipId, "messages." + messageId, text));
    }

    public TipRecord toRecord(StoredTip stored) {
        String id = stored.id();
        List<TipRecord.Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < stored.indicators().size(); i++) {
            StoredIndicator d = stored.indicators().get(i);
            indicators.add(new TipRecord.Indicator(d.type(), open(id, "indicators." + i, d.raw()), d.linkHash()));
        }
        return new TipRecord(id, stored.category(), stored.country(), open(id, "place", stored.place()), stored.channel(),
                open(id, "story", stored.story()), List.copyOf(indicators), stored.inDangerNow(), stored.language(),
                stored.reportingFor(), open(id, "contact", stored.contact()), stored.submittedHour(), stored.status(),
                messages(stored, null));
    }

    /** The dialogue, oldest first; only {@code author}'s messages when it is not null. */
    public List<TipRecord.Message> messages(StoredTip stored, TipRecord.Author author) {
        List<TipRecord.Message> messages = new ArrayList<>();
        for (StoredMessage m : stored.messages()) {
            if (author == null || author == m.from()) {
                messages.add(new TipRecord.Message(m.id(), m.from(), open(stored.id(), "messages." + m.id(), m.text()),
                        m.at()));
            }
        }
        return List.copyOf(messages);
    }

    /** Null for null text: an absent field stays absent. */
    private SealedField seal(String tipId, String field, String text) {
        return text == null ? null : SealedField.of(cipher.seal(tipId, field, text));
    }

    private String open(String tipId, String field, SealedField sealed) {
        return sealed == null ? null : cipher.open(tipId, field, sealed.sealed());
    }
}
