package org.lurewatch.tips;

import java.time.Instant;
import java.util.List;

import org.lurewatch.common.Language;
import org.lurewatch.indicators.IndicatorType;
import org.lurewatch.warnings.Category;

/**
 * A tip as staff read it: decrypted, exactly as the tipster typed it (after cleaning). Handle with
 * care: never log it.
 *
 * @param submittedHour the submission time, coarsened to the hour
 * @param place         null when not given
 * @param contact       null when the tipster chose not to give any
 * @param messages      the follow-up dialogue, oldest first
 */
public record TipRecord(String id, Category category, String country, String place, TipChannel channel,
        String story, List<Indicator> indicators, boolean inDangerNow, Language language,
        ReportingFor reportingFor, String contact, Instant submittedHour, TipStatus status,
        List<Message> messages) {

    /**
     * An indicator the tipster typed.
     *
     * @param type     null when the tipster did not say what it is
     * @param raw      as typed (cleaned)
     * @param linkHash keyed hash of the normalised indicator; tips with the same hash share it.
     *                 Null when the value could not be normalised as {@code type}.
     */
    public record Indicator(IndicatorType type, String raw, String linkHash) {
    }

    /** One message of the follow-up dialogue; tipster messages carry an hour-coarsened time. */
    public record Message(String id, Author author, String text, Instant at) {
    }

    /** Who wrote a message. */
    public enum Author { TIPSTER, STAFF }
}
