package org.lurewatch.tips.submit;

import java.util.List;

import org.lurewatch.common.Language;
import org.lurewatch.indicators.IndicatorType;
import org.lurewatch.tips.ReportingFor;
import org.lurewatch.tips.TipChannel;
import org.lurewatch.warnings.Category;

/** The {@code TipInput} of {@code submitTip}, as sent: nothing here is trusted yet. */
public record NewTip(Category category, String country, String place, TipChannel channel, String story,
        List<IndicatorInput> indicators, Boolean inDangerNow, Language language, ReportingFor reportingFor,
        String contact, String idempotencyKey) {

    /** An indicator as typed; {@code type} may be null when the tipster does not know what it is. */
    public record IndicatorInput(IndicatorType type, String value) {
    }

    /** {@code ProofOfWorkInput}: a challenge from {@code tipChallenge} and the nonce that solves it. */
    public record Proof(String challenge, String nonce) {
    }
}
