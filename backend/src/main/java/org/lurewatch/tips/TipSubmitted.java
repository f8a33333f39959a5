package org.lurewatch.tips;

import java.time.Instant;

import org.lurewatch.warnings.Category;

/**
 * Published after a new tip is durably stored (not for an idempotent retry). Carries no text.
 * Listen asynchronously: a failing listener must not cost the tipster their answer.
 */
public record TipSubmitted(String tipId, Category category, String country, boolean inDangerNow, Instant submittedHour) {
}
