package org.lurewatch.triage.cases;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.lurewatch.common.UserInputException;
import org.lurewatch.indicators.Indicator;
import org.lurewatch.indicators.IndicatorNormaliser;
import org.lurewatch.offercheck.RedFlagAssessment;
import org.lurewatch.offercheck.RedFlagCheck;
import org.lurewatch.offercheck.RedFlagHit;
import org.lurewatch.tips.TipRecord;
import org.lurewatch.tips.TipRecords;
import org.lurewatch.warnings.Warning;
import org.lurewatch.warnings.WarningCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Opens a case for every tip: moments after the tip arrives ({@link CaseArrivals}), and by a
 * periodic reconciliation for any tip whose case was missed (crash before the case reached the disk,
 * a failure). A tip must never be missing from the queue. Creation is idempotent: the case id is
 * the tip id.
 *
 * <p>Offer-check red-flag rules are not a factor yet: {@code offercheck} is not on this branch.
 */
@Service
public class CaseCreation {

    /** Cases written per command when reconciliation catches up on many. */
    static final int BATCH = 256;

    private static final Logger LOG = LoggerFactory.getLogger(CaseCreation.class);

    private final CaseStore cases;
    private final TipRecords tips;
    private final WarningCatalogue warnings;
    private final IndicatorNormaliser normaliser;
    private final Clock clock;
    private final RedFlagCheck redFlags;
    private final CaseSeal seal;
    private final CaseRanks ranks;

    CaseCreation(CaseStore cases, TipRecords tips, WarningCatalogue warnings, IndicatorNormaliser normaliser, Clock clock,
            RedFlagCheck redFlags, CaseSeal seal, CaseRanks ranks) {
        this.seal = seal;
        this.ranks = ranks;
        this.redFlags = redFlags;
        this.cases = cases;
        this.tips = tips;
        this.warnings = warnings;
        this.normaliser = normaliser;
        this.clock = clock;
    }

    // soon after a start too: a case opened just before a crash may not have reached the disk
    @Scheduled(initialDelayString = "${lurewatch.triage.reconcile-first-after:30s}",
            fixedDelayString = "${lurewatch.triage.reconcile-interval:5m}")
    public int reconcile() {
        Set<String> have = new HashSet<>(cases.ids());
        List<String> missing = tips.ids().stream().filter(id -> !have.contains(id)).toList();
        int opened = 0;
        for (int from = 0; from < missing.size(); from += BATCH) {
            opened += openAll(missing.subList(from, Math.min(missing.size(), from + BATCH)));
        }
        if (opened > 0) {
            LOG.info("Reconciliation opened {} missing triage case(s)", opened);
        }
        return opened;
    }

    /**
     * Opens the cases of these tips with one read and one write: a batch dirties the collection's
     * pages once before the next synced tip write, instead of once per tip, and the database that
     * every tipster waits for answers two commands instead of one per tip.
     *
     * @return how many cases were created now (a tip that has one already, or is gone, is skipped)
     */
    public int openAll(List<String> tipIds) {
        List<TipRecord> found;
        try {
            found = tips.findAll(tipIds);
        } catch (IllegalStateException undecryptable) {
            found = oneByOne(tipIds);
        }
        return ranks.open(found.stream().map(this::caseOf).toList());
    }

    /**
     * One tip that does not decrypt (altered on disk, or its key gone from the keyset) must not keep
     * every other tip of its batch out of the queue, at every start: the others are opened, the bad
     * one is named in the log by its id (never its content) and tried again at the next reconciliation.
     */
    private List<TipRecord> oneByOne(List<String> tipIds) {
        List<TipRecord> found = new java.util.ArrayList<>();
        for (String tipId : tipIds) {
            try {
                tips.find(tipId).ifPresent(found::add);
            } catch (IllegalStateException e) {
                LOG.error("Tip {} cannot be read, so it has no triage case yet: {}", tipId, e.getMessage());
            }
        }
        return found;
    }

    private StoredCase caseOf(TipRecord tip) {
        String tipId = tip.id();
        Set<String> hashes = new LinkedHashSet<>();
        Set<String> warningIds = new HashSet<>();
        for (TipRecord.Indicator indicator : tip.indicators()) {
            if (indicator.linkHash() != null) {
                hashes.add(indicator.linkHash());
            }
            Indicator normalised = normalise(indicator, tip.country());
            if (normalised != null) {
                warnings.naming(normalised).stream().map(Warning::id).forEach(warningIds::add);
            }
        }
        // tips sharing an indicator are counted by CaseRanks.open: a later tip raises earlier ones too
        RedFlagAssessment flags = redFlags.assess(tip.story() == null ? "" : truncate(tip.story()), tip.language());
        List<Priority.Reason> reasons = Priority.onArrival(tip.inDangerNow(), warningIds.size(),
                new Priority.RedFlags(flags.hits().stream().map(RedFlagHit::ruleId).toList(), flags.totalWeight()));
        return StoredCase.opened(tipId, tip.category(), tip.country(), tip.channel(), tip.inDangerNow(),
                tip.submittedHour(),
                // the hour only: a case is opened moments after its tip arrives, so its minute would be the tip's
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.HOURS),
                // the red flags come from the story: sealed like it (the other reasons restate clear fields)
                reasons.stream().map(r -> new StoredCase.Reason(r.code(), r.points(), Priority.FROM_STORY.contains(r.code())
                        ? seal.seal(tipId, CaseView.reasonField(r.code()), r.explanation())
                        : new CaseText(r.explanation(), null))).toList(),
                List.copyOf(hashes));
    }

    private Indicator normalise(TipRecord.Indicator indicator, String country) {
        if (indicator.type() == null) {
            return null;
        }
        try {
            return normaliser.normalise(indicator.type(), indicator.raw(), country);
        } catch (UserInputException e) {
            return null;
        }
    }

    /** The rules read at most what an offer check reads; a story is capped lower anyway. */
    private static String truncate(String story) {
        return story.length() <= RedFlagCheck.MAX_TEXT_LENGTH ? story : story.substring(0, RedFlagCheck.MAX_TEXT_LENGTH);
    }
}
