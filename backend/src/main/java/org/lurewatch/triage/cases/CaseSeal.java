package org.lurewatch.triage.cases;

import org.bson.Document;
import org.bson.types.Binary;
import org.lurewatch.tips.SealedText;
import org.lurewatch.tips.TipRecords;
import org.springframework.stereotype.Component;

/**
 * What staff write about a tip (notes, status reasons, escalation references, where it was referred,
 * override reasons) and the red flags found in its story are stored sealed with the tip keys, as
 * {@code {k: keyId, c: ciphertext}}, exactly like the tip's own text (through the tips module's API:
 * the keys stay there). A value stored in clear by an earlier version still reads (a string), and is
 * sealed by {@link CaseSealing} at the next start.
 */
@Component
public class CaseSeal {

    private final TipRecords tips;

    CaseSeal(TipRecords tips) {
        this.tips = tips;
    }

    /** Null for null text. */
    public Document seal(String tipId, String field, String text) {
        if (text == null) {
            return null;
        }
        SealedText sealed = tips.seal(tipId, field, text);
        return new Document("k", sealed.keyId()).append("c", new Binary(sealed.ciphertext()));
    }

    /** The text of a stored value: sealed, in clear (written before sealing), or absent (null). */
    public String open(String tipId, String field, Object stored) {
        if (stored == null || stored instanceof String) {
            return (String) stored;
        }
        if (stored instanceof Document sealed && sealed.get("c") instanceof Binary ciphertext) {
            return tips.open(tipId, field, new SealedText(sealed.getInteger("k"), ciphertext.getData()));
        }
        throw new IllegalStateException("A sealed field of case " + tipId + " (" + field + ") is malformed");
    }

    /** True when the value is text in clear (an earlier version's). */
    static boolean inClear(Object stored) {
        return stored instanceof String;
    }
}
