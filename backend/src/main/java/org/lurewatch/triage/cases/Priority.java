package org.lurewatch.triage.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How urgent a tip is, with the reasons. Points are additive so an officer can see why one tip
 * outranks another; a life at risk outweighs everything else put together.
 */
public final class Priority {

    public static final int IN_DANGER = 100;
    public static final int PER_WARNING = 20;
    public static final int MAX_WARNINGS = 40;
    public static final int PER_RELATED_TIP = 10;
    public static final int MAX_RELATED = 30;
    public static final int PER_DAY_WAITING = 2;
    public static final int MAX_AGE = 30;
    /** Red flags of the offer-check rules in the story: 2 points per unit of rule weight. */
    public static final int PER_RED_FLAG_WEIGHT = 2;
    public static final int MAX_RED_FLAGS = 30;

    /** Codes of reasons whose explanation is derived from the story (stored sealed). */
    public static final java.util.Set<String> FROM_STORY = java.util.Set.of("RED_FLAGS");

    /** One reason and its points. */
    public record Reason(String code, int points, String explanation) {
    }

    private Priority() {
    }

    /**
     * The reasons fixed when the tip arrives (related tips and age change; they are added when read).
     *
     * @param redFlags the offer-check rules the story fires, with their total weight
     */
    public static List<Reason> onArrival(boolean inDangerNow, int warningsNamingIndicators, RedFlags redFlags) {
        List<Reason> reasons = new ArrayList<>();
        if (inDangerNow) {
            reasons.add(new Reason("IN_DANGER_NOW", IN_DANGER, "The tipster says someone is in danger now"));
        }
        if (warningsNamingIndicators > 0) {
            reasons.add(new Reason("MATCHES_WARNINGS", Math.min(MAX_WARNINGS, PER_WARNING * warningsNamingIndicators),
                    warningsNamingIndicators + " published warning(s) name an indicator of this tip"));
        }
        if (redFlags.totalWeight() > 0) {
            reasons.add(new Reason("RED_FLAGS", Math.min(MAX_RED_FLAGS, PER_RED_FLAG_WEIGHT * redFlags.totalWeight()),
                    "The story shows red flags of a lure: " + String.join(", ", redFlags.ruleIds())));
        }
        return reasons;
    }

    /** What the offer-check rules found in a story. */
    public record RedFlags(List<String> ruleIds, int totalWeight) {
        public static final RedFlags NONE = new RedFlags(List.of(), 0);
    }

    public static Reason related(int relatedTips) {
        return relatedTips == 0 ? null : new Reason("MATCHES_OTHER_TIPS", relatedPoints(relatedTips),
                relatedTips + " other tip(s) share an indicator with this tip");
    }

    public static int relatedPoints(int relatedTips) {
        return Math.min(MAX_RELATED, PER_RELATED_TIP * relatedTips);
    }

    /** Unhandled tips rise while they wait, so nothing sinks out of sight; null once someone works it. */
    public static Reason age(Instant submitted, Instant now, boolean waiting) {
        return waiting ? waiting(submitted, now, agePoints(daysWaiting(submitted, now))) : null;
    }

    /** The reason for {@code points} of waiting (as stored), with the days as of {@code now}; null for none. */
    public static Reason waiting(Instant submitted, Instant now, int points) {
        return points == 0 ? null
                : new Reason("WAITING", points, "Waiting for " + daysWaiting(submitted, now) + " day(s) without review");
    }

    /** Whole days since submission; 0 for a submission after {@code now}. */
    public static long daysWaiting(Instant submitted, Instant now) {
        return Math.max(0, Duration.between(submitted, now).toDays());
    }

    public static int agePoints(long daysWaiting) {
        return (int) Math.min(MAX_AGE, daysWaiting * PER_DAY_WAITING);
    }

    /** Days of waiting from which the points stop rising. */
    public static int daysToMaxAge() {
        return (MAX_AGE + PER_DAY_WAITING - 1) / PER_DAY_WAITING;
    }

    public static int total(List<Reason> reasons) {
        return reasons.stream().mapToInt(Reason::points).sum();
    }
}
