package org.lurewatch.tips.submit;

import java.util.List;

import org.lurewatch.common.Language;
import org.lurewatch.tips.texts.EmergencyNumbers;

/**
 * The answer to {@code submitTip}.
 *
 * @param receipt          16 digits in groups of four; shown once, never stored in clear
 * @param language         the language of {@code whatHappensNext}
 * @param emergencyNumbers for the tip's country, only when someone is in danger now
 * @param retried          true when the idempotency key had already delivered this tip: nothing
 *                         new was stored and the receipt is an additional key to that tip
 */
public record SubmittedTip(String receipt, Language language, List<String> whatHappensNext,
        List<EmergencyNumbers.Number> emergencyNumbers, boolean retried) {
}
