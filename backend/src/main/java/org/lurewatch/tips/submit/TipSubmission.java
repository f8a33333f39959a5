package org.lurewatch.tips.submit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.lurewatch.abuse.AbuseAction;
import org.lurewatch.abuse.ClientKey;
import org.lurewatch.abuse.ProofOfWork;
import org.lurewatch.abuse.ProofOfWorkRefusedException;
import org.lurewatch.abuse.RateLimits;
import org.lurewatch.common.UserInputException;
import org.lurewatch.tips.TipSubmitted;
import org.lurewatch.tips.crypto.KeyedHashes;
import org.lurewatch.tips.receipt.ReceiptCodes;
import org.lurewatch.tips.store.TipContent;
import org.lurewatch.tips.store.StoredTip;
import org.lurewatch.tips.store.TipDocuments;
import org.lurewatch.tips.store.TipStore;
import org.lurewatch.tips.texts.EmergencyNumbers;
import org.lurewatch.tips.texts.TipTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Receives a tip: clean and check, proof of work, rate limit, store (durably, encrypted), answer
 * with a receipt. The allowance is taken only once the tip and its proof are accepted: a tip
 * refused for what it says (a missing field, an expired challenge) costs the tipster nothing.
 *
 * <p>A retry with the same idempotency key stores nothing new and hands out a fresh receipt to the
 * same tip, so a tipster whose answer was lost ends up holding one that works. A retry is not a
 * receipt generator: it needs a valid, unexpired proof of work (a spent and expired challenge gets
 * nothing), is accepted only until the end of the hour after the tip's hour ({@link #RETRY_HOURS}),
 * must send the same tip (a different one is refused, naming the field that differs), and gets a
 * receipt only while the tip holds fewer than {@link TipStore#MAX_RECEIPTS}: none is ever evicted.
 * Nothing about the tip or its sender is logged here: a log line's timestamp would undo the
 * hour-coarsening.
 */
@Service
public class TipSubmission {

    private static final Logger log = LoggerFactory.getLogger(TipSubmission.class);
    public static final String PROOF_PURPOSE = "tip";

    private final RateLimits limits;
    private final ProofOfWork proofOfWork;
    private final TipStore store;
    private final TipDocuments documents;
    private final KeyedHashes hashes;
    private final IndicatorLinks links;
    private final TipTexts texts;
    private final EmergencyNumbers emergencyNumbers;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public TipSubmission(RateLimits limits, ProofOfWork proofOfWork, TipStore store, TipDocuments documents,
            KeyedHashes hashes, IndicatorLinks links, TipTexts texts, EmergencyNumbers emergencyNumbers,
            Clock clock, ApplicationEventPublisher events) {
        this.limits = limits;
        this.proofOfWork = proofOfWork;
        this.store = store;
        this.documents = documents;
        this.hashes = hashes;
        this.links = links;
        this.texts = texts;
        this.emergencyNumbers = emergencyNumbers;
        this.clock = clock;
        this.events = events;
    }

    public SubmittedTip submit(ClientKey client, NewTip input, NewTip.Proof proof) {
        TipContent tip = TipRules.clean(input, links);
        String idempotencyHash = hashes.idempotency(TipRules.idempotencyKey(input.idempotencyKey()));
        String challenge = proof == null ? null : proof.challenge();
        String nonce = proof == null ? null : proof.nonce();

        // The tip itself records its challenge as spent (a unique hash), in its one synced write; an
        // earlier tip is looked up only when something is refused, so a first submission (nearly all
        // of them) costs one write on the database every tip waits for. An expired challenge is
        // refused here, retry or not: a spent one must never buy a receipt once its time is over.
        String challengeHash = hashes.challenge(proofOfWork.verifyFresh(PROOF_PURPOSE, challenge, nonce));
        limits.consume(client, AbuseAction.SUBMISSION);
        String tipId = UUID.randomUUID().toString(); // not an ObjectId: that would carry the exact time
        String receipt = ReceiptCodes.generate();
        Instant hour = clock.instant().truncatedTo(ChronoUnit.HOURS);
        if (!store.insert(documents.create(tipId, tip, hour, hashes.receipt(receipt), idempotencyHash, challengeHash))) {
            // the idempotency key is taken (the same request again: a dropped connection, a
            // double-click, with this challenge or a fresh one), or else the challenge is
            Optional<String> earlier = store.idByIdempotency(idempotencyHash);
            if (earlier.isPresent()) {
                return retry(earlier.get(), tip);
            }
            throw ProofOfWorkRefusedException.reused();
        }
        announce(new TipSubmitted(tipId, tip.category(), tip.country(), tip.inDangerNow(), hour));
        return answer(receipt, tip, false);
    }

    private SubmittedTip retry(String tipId, TipContent tip) {
        StoredTip stored = store.byId(tipId).orElseThrow(() -> new IllegalStateException(
                "The tip of a retried submission has disappeared"));
        if (!clock.instant().isBefore(stored.submittedHour().plus(RETRY_HOURS, ChronoUnit.HOURS))) {
            throw new UserInputException("idempotencyKey", "A tip was sent with this idempotencyKey more than an hour "
                    + "ago; a retry is accepted only shortly after sending. Keep the receipt you were given. "
                    + "To send a new tip, use a new idempotencyKey.");
        }
        String differs = RetryCheck.firstDifference(documents.toRecord(stored), tip);
        if (differs != null) {
            throw new UserInputException(differs, differs + " differs from the tip already sent with this "
                    + "idempotencyKey: a retry must send exactly the same tip. To send a different tip, use a new "
                    + "idempotencyKey.");
        }
        String receipt = ReceiptCodes.generate();
        if (!store.addReceipt(tipId, hashes.receipt(receipt))) {
            throw new UserInputException("idempotencyKey", "This tip was already received and has been sent again "
                    + "too often to give out another receipt (at most " + TipStore.MAX_RECEIPTS + "). Keep a receipt "
                    + "you were given; to send a new tip, use a new idempotencyKey.");
        }
        return answer(receipt, tip, true);
    }

    /**
     * A retry is accepted while the clock is before the tip's hour plus this many hours: between one
     * and two hours after sending (the tip keeps only its hour, so no finer deadline can be kept).
     */
    static final int RETRY_HOURS = 2;

    private SubmittedTip answer(String receipt, TipContent tip, boolean retried) {
        var next = texts.nextSteps(tip.language(), tip.inDangerNow());
        List<EmergencyNumbers.Number> numbers = tip.inDangerNow()
                ? emergencyNumbers.of(tip.country(), tip.language()) : List.of();
        return new SubmittedTip(ReceiptCodes.format(receipt), next.language(), next.text(), numbers, retried);
    }

    private void announce(TipSubmitted event) {
        try {
            events.publishEvent(event);
        } catch (RuntimeException e) {
            // the tip is stored and the tipster must get their receipt; say what failed, not which tip
            log.error("A listener of TipSubmitted failed ({}); the tip itself is stored", e.getClass().getName());
        }
    }
}
