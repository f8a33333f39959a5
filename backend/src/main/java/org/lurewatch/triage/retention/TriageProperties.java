package org.lurewatch.triage.retention;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lurewatch.triage.*}.
 *
 * @param retention         how long closed and spam tips are kept after closing, and how often the purge runs
 * @param reconcileInterval how often tips without a case (a missed event) are looked for
 */
@ConfigurationProperties("lurewatch.triage")
public record TriageProperties(@DefaultValue Retention retention, @DefaultValue("5m") Duration reconcileInterval) {

    /**
     * @param closed   CLOSED_ACTIONED / CLOSED_NO_ACTION tips are deleted this long after closing
     * @param spam     SPAM tips are deleted this long after being marked
     * @param interval how often the purge job runs
     */
    public record Retention(@DefaultValue("365d") Duration closed, @DefaultValue("30d") Duration spam,
            @DefaultValue("1h") Duration interval) {
    }
}
