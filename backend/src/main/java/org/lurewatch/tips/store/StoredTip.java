package org.lurewatch.tips.store;

import java.time.Instant;
import java.util.List;

import org.lurewatch.common.Language;
import org.lurewatch.indicators.IndicatorType;
import org.lurewatch.tips.ReportingFor;
import org.lurewatch.tips.TipChannel;
import org.lurewatch.tips.TipRecord;
import org.lurewatch.tips.TipStatus;
import org.lurewatch.tips.crypto.Sealed;
import org.lurewatch.warnings.Category;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

/**
 * A tip as stored in the {@code tips} collection, field for field as every version wrote it. Free
 * text (story, place, contact, raw indicators, messages) is only ever here {@link SealedField sealed};
 * in clear is what the queue sorts and filters by (category, country, channel, language, danger,
 * status, the hour) and keyed hashes. Nothing here identifies the sender, and no time is finer
 * than the hour.
 *
 * @param v                  the shape's version (1)
 * @param place              absent when the tipster gave none
 * @param contact            absent when the tipster gave none
 * @param challengeHash      the keyed hash of the proof-of-work challenge that paid for the tip
 *                           (unique: a challenge buys one tip); absent on tips stored before it was kept
 * @param receiptHashes      keyed hashes of the receipt codes handed out for this tip
 * @param statusChangedAt    the hour staff last changed the status the tipster sees; absent until then
 */
@Document(TipStore.COLLECTION)
public record StoredTip(@Id String id, int v, Category category, String country, TipChannel channel, Language language,
        ReportingFor reportingFor, boolean inDangerNow, Instant submittedHour, TipStatus status, SealedField story,
        List<StoredIndicator> indicators, List<StoredMessage> messages, int messageCount, List<String> receiptHashes,
        String idempotencyKeyHash, @Field(write = Field.Write.ALWAYS) String challengeHash,
        SealedField place, SealedField contact, Instant statusChangedAt) {

    static final String IDEMPOTENCY = "idempotencyKeyHash";
    static final String CHALLENGE = "challengeHash";
    static final String RECEIPTS = "receiptHashes";
    static final String INDICATOR_HASH = "indicators.h";
    static final String STATUS = "status";
    static final String SUBMITTED_HOUR = "submittedHour";
    static final String MESSAGES = "messages";
    static final String MESSAGE_COUNT = "messageCount";

    public StoredTip {
        indicators = indicators == null ? List.of() : indicators;
        messages = messages == null ? List.of() : messages;
        receiptHashes = receiptHashes == null ? List.of() : receiptHashes;
    }

    /** Sealed text, stored as {@code {k: keyId, c: ciphertext}}. */
    public record SealedField(@Field("k") int keyId, @Field("c") byte[] ciphertext) {

        static SealedField of(Sealed sealed) {
            return new SealedField(sealed.keyId(), sealed.ciphertext());
        }

        Sealed sealed() {
            return new Sealed(keyId, ciphertext);
        }
    }

    /**
     * An indicator as stored: {@code {type, h, raw}}; type and h are written (as null) when unknown.
     *
     * @param linkHash the keyed hash tips sharing the indicator share; null when it could not be normalised
     */
    public record StoredIndicator(@Field(write = Field.Write.ALWAYS) IndicatorType type,
            @Field(name = "h", write = Field.Write.ALWAYS) String linkHash, SealedField raw) {
    }

    /**
     * One message of the dialogue as stored: {@code {id, from, at, text}}, the time to the hour (the
     * id named explicitly: Spring Data would store a nested {@code id} as {@code _id}).
     */
    public record StoredMessage(@Field("id") String id, TipRecord.Author from, Instant at, SealedField text) {
    }

    /** The link hashes of the tip's indicators (null for one that could not be linked). */
    public List<String> linkHashes() {
        return indicators.stream().map(StoredIndicator::linkHash).toList();
    }
}
