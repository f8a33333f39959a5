package org.lurewatch.offercheck.rules;

import java.util.Map;
import java.util.Optional;

import org.lurewatch.warnings.Category;

/**
 * Which lure categories have a rule file, and its name: "job" for {@code job.json}, which is also
 * the prefix of its rule ids ("job.upfront-fee"). {@link Category#OTHER} has none: a red flag
 * always names the kind of lure it belongs to.
 */
final class RuleFiles {

    private static final Map<Category, String> PREFIX = Map.of(
            Category.JOB_OFFER, "job",
            Category.TRAVEL_OFFER, "travel",
            Category.MARRIAGE_OFFER, "marriage");

    private RuleFiles() {
    }

    /** The categories with a rule file, in the order of {@link Category}. */
    static java.util.List<Category> categories() {
        return java.util.Arrays.stream(Category.values()).filter(PREFIX::containsKey).toList();
    }

    /** The rule file name and rule id prefix of a category; empty for one without rules. */
    static Optional<String> prefix(Category category) {
        return Optional.ofNullable(PREFIX.get(category));
    }
}
