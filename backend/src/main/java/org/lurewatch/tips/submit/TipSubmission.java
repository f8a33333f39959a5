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
import org.lurewatch.tips.TipSubmitted;
import org.lurewatch.tips.crypto.KeyedHashes;
import org.lurewatch.tips.receipt.ReceiptCodes;
import org.lurewatch.tips.TipRecord;
import org.lurewatch.tips.store.IndicatorCounts;
import org.lurewatch.tips.store.TipContent;
import org.lurewatch.tips.store.TipDocuments;
import org.lurewatch.tips.store.TipStore;
import org.lurewatch.tips.texts.EmergencyNumbers;
import org.lurewatch.tips.texts.TipTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Receives a tip: rate limit, clean and check, proof of work, store (durably, encrypted), answer
 * with a receipt. A retry with the same idempotency key stores nothing new and hands out a fresh
 * receipt to the same tip, so the tipster always ends up holding one that works. Nothing about
 * the tip or its sender is logged here: a log line's timestamp would undo the hour-coarsening.
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
    private final IndicatorCounts counts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public TipSubmission(RateLimits limits, ProofOfWork proofOfWork, TipStore store, TipDocuments documents,
            KeyedHashes hashes, IndicatorLinks links, TipTexts texts, EmergencyNumbers emergencyNumbers,
            IndicatorCounts counts, Clock clock, ApplicationEventPublisher events) {
        this.limits = limits;
        this.proofOfWork = proofOfWork;
        this.store = store;
        this.documents = documents;
        this.hashes = hashes;
        this.links = links;
        this.texts = texts;
        this.emergencyNumbers = emergencyNumbers;
        this.counts = counts;
        this.clock = clock;
        this.events = events;
    }

    public SubmittedTip submit(ClientKey client, NewTip input, NewTip.Proof proof) {
        limits.consume(client, AbuseAction.SUBMISSION);
        TipContent tip = TipRules.clean(input, links);
        String idempotencyHash = hashes.idempotency(TipRules.idempotencyKey(input.idempotencyKey()));
        String challenge = proof == null ? null : proof.challenge();
        String nonce = proof == null ? null : proof.nonce();

        // The tip itself records its challenge as spent (a unique hash), in its one synced write; an
        // earlier tip is looked up only when something is refused, so a first submission (nearly all
        // of them) costs one write on the database every tip waits for.
        String challengeHash;
        try {
            challengeHash = hashes.challenge(proofOfWork.verifyFresh(PROOF_PURPOSE, challenge, nonce));
        } catch (ProofOfWorkRefusedException e) {
            // the same request again after its challenge expired: if the first stored the tip, a retry
            Optional<String> earlier = e.reason() == ProofOfWorkRefusedException.Reason.EXPIRED
                    ? store.idByIdempotency(idempotencyHash) : Optional.empty();
            if (earlier.isPresent()) {
                return retry(earlier.get(), tip, challenge, nonce);
            }
            throw e;
        }
        String tipId = UUID.randomUUID().toString(); // not an ObjectId: that would carry the exact time
        String receipt = ReceiptCodes.generate();
        Instant hour = clock.instant().truncatedTo(ChronoUnit.HOURS);
        if (!store.insert(documents.create(tipId, tip, hour, hashes.receipt(receipt), idempotencyHash, challengeHash))) {
            // the idempotency key is taken (the same request again: a dropped connection, a
            // double-click, with this challenge or a fresh one), or else the challenge is
            Optional<String> earlier = store.idByIdempotency(idempotencyHash);
            if (earlier.isPresent()) {
                return retry(earlier.get(), tip, challenge, nonce);
            }
            throw ProofOfWorkRefusedException.reused();
        }
        counts.added(tipId, tip.indicators().stream().map(TipRecord.Indicator::linkHash).toList());
        announce(new TipSubmitted(tipId, tip.category(), tip.country(), tip.inDangerNow(), hour));
        return answer(receipt, tip, false);
    }

    private SubmittedTip retry(String tipId, TipContent tip, String challenge, String nonce) {
        proofOfWork.verifyWork(PROOF_PURPOSE, challenge, nonce);
        String receipt = ReceiptCodes.generate();
        if (!store.addReceipt(tipId, hashes.receipt(receipt))) {
            throw new IllegalStateException("The tip of a retried submission has disappeared");
        }
        return answer(receipt, tip, true);
    }

    private SubmittedTip answer(String receipt, TipContent tip, boolean retried) {
        TipTexts.Localised<List<String>> next = texts.nextSteps(tip.language(), tip.inDangerNow());
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
