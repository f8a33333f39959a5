package org.lurewatch.tips.followup;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.lurewatch.abuse.AbuseAction;
import org.lurewatch.abuse.ClientKey;
import org.lurewatch.abuse.RateLimits;
import org.lurewatch.common.Language;
import org.lurewatch.common.NotFoundException;
import org.lurewatch.common.UserInputException;
import org.lurewatch.tips.TipMessageAdded;
import org.lurewatch.tips.TipRecord;
import org.lurewatch.tips.crypto.KeyedHashes;
import org.lurewatch.tips.receipt.ReceiptCodes;
import org.lurewatch.tips.store.StoredTip;
import org.lurewatch.tips.store.TipDocuments;
import org.lurewatch.tips.store.TipStore;
import org.lurewatch.tips.submit.TipRules;
import org.lurewatch.tips.texts.TipTexts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The tipster's side of the dialogue, reached with a receipt only. Every look-up is rate-limited
 * per client first, then the receipt is hashed and looked up the same way whether it is unknown
 * or wrong, and both get the same answer: nothing tells a guesser they came close.
 */
@Service
public class TipFollowUp {

    /** Messages per tip, both directions; a longer story belongs in a new tip. */
    public static final int MAX_MESSAGES = 100;
    static final String NO_SUCH_RECEIPT = "No tip matches this receipt. Check the 16 digits and try again; "
            + "if it still does not work, please send a new tip.";

    private final RateLimits limits;
    private final KeyedHashes hashes;
    private final TipStore store;
    private final TipDocuments documents;
    private final TipTexts texts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public TipFollowUp(RateLimits limits, KeyedHashes hashes, TipStore store, TipDocuments documents, TipTexts texts,
            Clock clock, ApplicationEventPublisher events) {
        this.limits = limits;
        this.hashes = hashes;
        this.store = store;
        this.documents = documents;
        this.texts = texts;
        this.clock = clock;
        this.events = events;
    }

    public TipStatusView status(ClientKey client, String receipt, Language language) {
        limits.consume(client, AbuseAction.RECEIPT_LOOKUP);
        return view(find(receipt), language);
    }

    public TipStatusView addMessage(ClientKey client, String receipt, String text, Language language) {
        limits.consume(client, AbuseAction.RECEIPT_LOOKUP);
        limits.consume(client, AbuseAction.FOLLOW_UP);
        String digits = ReceiptCodes.parse(receipt);
        String cleaned = TipRules.text(text, "text", TipRules.MESSAGE);
        if (cleaned == null) {
            throw new UserInputException("text", "text is empty: write your answer or what you want to add");
        }
        StoredTip tip = store.byReceipt(hashes.receipt(digits)).orElseThrow(() -> new NotFoundException(NO_SUCH_RECEIPT));
        String tipId = tip.id();
        String messageId = UUID.randomUUID().toString();
        StoredTip.StoredMessage message = documents.message(tipId, messageId, TipRecord.Author.TIPSTER, cleaned,
                clock.instant().truncatedTo(ChronoUnit.HOURS));
        if (!store.addMessage(tipId, message, MAX_MESSAGES)) {
            throw new UserInputException("text", "This tip has reached its limit of " + MAX_MESSAGES
                    + " messages. Please send a new tip and mention the earlier one.");
        }
        try {
            events.publishEvent(new TipMessageAdded(tipId));
        } catch (RuntimeException e) {
            // the message is stored; the tipster must not be told otherwise
            org.slf4j.LoggerFactory.getLogger(TipFollowUp.class)
                    .error("A listener of TipMessageAdded failed ({})", e.getClass().getName());
        }
        return view(tip, language);
    }

    private StoredTip find(String receipt) {
        String digits = ReceiptCodes.parse(receipt);
        return store.byReceipt(hashes.receipt(digits)).orElseThrow(() -> new NotFoundException(NO_SUCH_RECEIPT));
    }

    private TipStatusView view(StoredTip tip, Language language) {
        Language wanted = language == null ? tip.language() : language;
        var statusText = texts.status(tip.status(), wanted);
        return new TipStatusView(tip.status(), statusText.text(), statusText.language(), tip.submittedHour(),
                documents.messages(tip, TipRecord.Author.STAFF).stream()
                        .map(m -> new TipStatusView.StaffMessage(m.text(), m.at())).toList());
    }
}
