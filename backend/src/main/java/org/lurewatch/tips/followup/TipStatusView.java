package org.lurewatch.tips.followup;

import java.time.Instant;
import java.util.List;

import org.lurewatch.common.Language;
import org.lurewatch.tips.TipStatus;

/**
 * What a receipt holder sees: the status worded for them and the messages staff sent them. The
 * tip itself and the tipster's own messages are not shown again: whoever takes the phone with
 * the receipt on it must not be able to read what was reported.
 */
public record TipStatusView(TipStatus status, String statusText, Language language, Instant submittedAt,
        List<StaffMessage> messages) {

    public record StaffMessage(String text, Instant at) {
    }
}
