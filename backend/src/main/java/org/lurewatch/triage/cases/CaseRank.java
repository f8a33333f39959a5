package org.lurewatch.triage.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.lurewatch.triage.workflow.CaseStatus;

/**
 * The parts of a case's priority that change after it arrives, and the number the queue sorts by,
 * as stored on the case: how many other cases share an indicator with it, its waiting points as of
 * an hour, the priority they add up to with the points fixed on arrival, and the priority the
 * queue shows and sorts by (an officer's override, or that sum). Rules only, no storage: the same
 * numbers whoever computes them, so the order of the queue and the priority shown always agree.
 *
 * @param relatedTips   other cases sharing a link hash with this one, counted up to {@link #RELATED_CAP}: beyond
 *                      it the points stop rising, so a tip naming the phone of a spam wave does not rewrite
 *                      every earlier tip of the wave (the exact number is counted when a case is shown)
 * @param waitingPoints points for waiting while NEW, as of the hour ranked
 * @param computed      points on arrival + related tips + waiting
 * @param priority      the override when an officer set one, else {@code computed}
 */
public record CaseRank(int relatedTips, int waitingPoints, int computed, int priority) {

    private static final Duration DAY = Duration.ofDays(1);
    /** Related tips from which the points stop rising. */
    public static final int RELATED_CAP = (Priority.MAX_RELATED + Priority.PER_RELATED_TIP - 1) / Priority.PER_RELATED_TIP;

    public static CaseRank of(int arrivalPoints, int relatedTips, CaseStatus status, Instant submittedHour, Instant hour,
            Integer override) {
        int waiting = status == CaseStatus.NEW ? Priority.agePoints(Priority.daysWaiting(submittedHour, hour)) : 0;
        int computed = arrivalPoints + Priority.relatedPoints(relatedTips) + waiting;
        return new CaseRank(Math.min(RELATED_CAP, relatedTips), waiting, computed, override == null ? computed : override);
    }

    /** The rank of a stored case with {@code relatedTips} related cases, as of {@code hour}. */
    static CaseRank of(StoredCase c, int relatedTips, Instant hour) {
        return of(c.arrivalPoints(), relatedTips, c.status(), c.submittedHour(), hour,
                c.override() == null ? null : c.override().priority());
    }

    /** Whether the case holds exactly this rank already. */
    boolean isStoredOn(StoredCase c) {
        return Objects.equals(c.relatedTips(), relatedTips) && Objects.equals(c.waitingPoints(), waitingPoints)
                && Objects.equals(c.priority(), priority);
    }

    /**
     * Submission hours that earn the same waiting points at one hour: after {@code after} (null: no
     * bound) and at or before {@code atOrBefore} (null: no bound, submissions "in the future" of a
     * clock set back included).
     */
    public record WaitingBand(Instant after, Instant atOrBefore, int points) {

        boolean contains(Instant submitted) {
            return (after == null || submitted.isAfter(after)) && (atOrBefore == null || !submitted.isAfter(atOrBefore));
        }
    }

    /**
     * Every band of waiting points at {@code hour}, together covering all time: the waiting points
     * of a NEW case are stale exactly when they differ from its band's. Whole days count, so a
     * band ends at a multiple of a day before the hour; beyond {@link Priority#daysToMaxAge()} days
     * the points stay at their maximum.
     */
    public static List<WaitingBand> waitingBands(Instant hour) {
        int maxDays = Priority.daysToMaxAge();
        List<WaitingBand> bands = new ArrayList<>(maxDays + 1);
        bands.add(new WaitingBand(hour.minus(DAY), null, 0));
        for (int days = 1; days < maxDays; days++) {
            bands.add(new WaitingBand(hour.minus(DAY.multipliedBy(days + 1)), hour.minus(DAY.multipliedBy(days)),
                    Priority.agePoints(days)));
        }
        bands.add(new WaitingBand(null, hour.minus(DAY.multipliedBy(maxDays)), Priority.agePoints(maxDays)));
        return bands;
    }
}
