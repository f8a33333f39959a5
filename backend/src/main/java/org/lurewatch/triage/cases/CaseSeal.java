package org.lurewatch.triage.cases;

import org.lurewatch.tips.TipRecords;
import org.springframework.stereotype.Component;

/**
 * What staff write about a tip (notes, status reasons, escalation references, where it was referred,
 * override reasons) and the red flags found in its story are stored sealed with the tip keys, as
 * {@code {k: keyId, c: ciphertext}}, exactly like the tip's own text (through the tips module's API:
 * the keys stay there). A value stored in clear by an earlier version still reads, and is sealed by
 * {@link CaseSealing} at the next start.
 */
@Component
public class CaseSeal {

    private final TipRecords tips;

    CaseSeal(TipRecords tips) {
        this.tips = tips;
    }

    /** Null for null text. */
    public CaseText seal(String tipId, String field, String text) {
        return text == null ? null : CaseText.sealed(tips.seal(tipId, field, text));
    }

    /** The text of a stored value: sealed, in clear (written before sealing), or absent (null). */
    public String open(String tipId, String field, CaseText stored) {
        if (stored == null) {
            return null;
        }
        return stored.inClear() ? stored.clear() : tips.open(tipId, field, stored.sealed());
    }
}
