package org.lurewatch.tips;

/** Published after a tipster added a follow-up message to a tip. Carries no text. */
public record TipMessageAdded(String tipId) {
}
