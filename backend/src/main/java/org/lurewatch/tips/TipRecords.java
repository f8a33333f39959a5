package org.lurewatch.tips;

import java.util.List;
import java.util.Optional;

import org.lurewatch.indicators.Indicator;

/**
 * What other modules (triage) may do with stored tips. Callers are responsible for checking the
 * staff member's role and writing the audit log entry for every read and change.
 */
public interface TipRecords {

    /** The tip, decrypted; empty when there is no such tip. */
    Optional<TipRecord> find(String tipId);

    /** The tips with these ids, decrypted, read in one query; an id without a tip is left out. */
    List<TipRecord> findAll(List<String> tipIds);

    /**
     * Exact counts of tips submitted in the months {@code from} to {@code to} (inclusive), by
     * category, country, channel and month. For statistics modules, which suppress small counts.
     */
    List<TipCount> countsByMonth(java.time.YearMonth from, java.time.YearMonth to);

    /** Ids of the tips that share an indicator with this link hash (see {@link TipRecord.Indicator#linkHash()}). */
    List<String> idsWithIndicator(String linkHash);

    /**
     * The band of staff-confirmed tips naming the indicator with this link hash, as last published
     * with {@link #publishConfirmedReports}; null when none or fewer than the first band. Answered
     * from memory; no submission changes it.
     */
    TipReportBand reportBand(String linkHash);

    /**
     * Replaces what {@link #reportBand} answers with these counts of confirmed tips per link hash
     * (triage publishes them on its slow schedule, from the tips staff confirmed).
     */
    void publishConfirmedReports(java.util.Map<String, Integer> confirmedTipsByLinkHash);

    /** The link hash of a normalised indicator, e.g. one from a warning, to find tips that mention it. */
    String linkHash(Indicator indicator);

    /**
     * A message from staff to the tipster, shown by {@code tipStatus}; stored encrypted.
     *
     * @throws org.lurewatch.common.UserInputException when the text is empty or too long
     * @throws org.lurewatch.common.NotFoundException   when there is no such tip
     */
    void addStaffReply(String tipId, String text);

    /**
     * Sets the status the tipster sees.
     *
     * @throws org.lurewatch.common.NotFoundException when there is no such tip
     */
    void setStatus(String tipId, TipStatus status);

    /**
     * Seals text that staff write about a tip (a note, a reason, a reference) with the same keys
     * and care as the tip's text. The ciphertext is bound to this tip and {@code field} (and to
     * being staff text: it never opens as one of the tip's own fields), so it cannot be moved.
     */
    SealedText seal(String tipId, String field, String text);

    /**
     * Opens what {@link #seal} sealed for the same tip and field.
     *
     * @throws IllegalStateException when it does not decrypt (a key missing from the keyset, or the data altered)
     */
    String open(String tipId, String field, SealedText sealed);

    /** Ids of every stored tip (clear-text field only), for triage's reconciliation. */
    List<String> ids();

    /**
     * Deletes the tip and everything it holds (retention). Callers keep their own record that it existed.
     *
     * @return false when there was no such tip
     */
    boolean purge(String tipId);
}
