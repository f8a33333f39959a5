package org.lurewatch.tips.records;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.lurewatch.common.NotFoundException;
import org.lurewatch.common.UserInputException;
import org.lurewatch.indicators.Indicator;
import org.lurewatch.tips.TipCount;
import org.lurewatch.tips.SealedText;
import org.lurewatch.tips.TipRecord;
import org.lurewatch.tips.TipRecords;
import org.lurewatch.tips.TipReportBand;
import org.lurewatch.tips.TipStatus;
import org.lurewatch.tips.crypto.Sealed;
import org.lurewatch.tips.crypto.TipCipher;
import org.lurewatch.tips.followup.TipFollowUp;
import org.lurewatch.tips.store.PublishedReports;
import org.lurewatch.tips.store.TipDocuments;
import org.lurewatch.tips.store.TipStore;
import org.lurewatch.tips.submit.IndicatorLinks;
import org.lurewatch.tips.submit.TipRules;
import org.springframework.stereotype.Service;

/** {@link TipRecords} for the staff side; access checks and audit belong to the caller (triage). */
@Service
class TipRecordsService implements TipRecords {

    private final TipStore store;
    private final TipDocuments documents;
    private final IndicatorLinks links;
    private final PublishedReports reports;
    private final Clock clock;
    private final TipCipher cipher;

    TipRecordsService(TipStore store, TipDocuments documents, IndicatorLinks links, PublishedReports reports, Clock clock,
            TipCipher cipher) {
        this.cipher = cipher;
        this.store = store;
        this.documents = documents;
        this.links = links;
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public Optional<TipRecord> find(String tipId) {
        return store.byId(tipId).map(documents::toRecord);
    }

    @Override
    public List<TipRecord> findAll(List<String> tipIds) {
        return store.byIds(tipIds).stream().map(documents::toRecord).toList();
    }

    @Override
    public List<TipCount> countsByMonth(YearMonth from, YearMonth to) {
        Map<TipCount, Long> counts = new HashMap<>();
        store.forEachFacet(from.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                to.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant(), facet -> {
                    TipCount key = new TipCount(facet.category(), facet.country(), facet.channel(),
                            YearMonth.from(facet.submittedHour().atZone(ZoneOffset.UTC)), 0);
                    counts.merge(key, 1L, Long::sum);
                });
        return counts.entrySet().stream()
                .map(e -> new TipCount(e.getKey().category(), e.getKey().country(), e.getKey().channel(),
                        e.getKey().month(), e.getValue()))
                .toList();
    }

    @Override
    public List<String> idsWithIndicator(String linkHash) {
        return store.idsWithIndicator(linkHash);
    }

    @Override
    public TipReportBand reportBand(String linkHash) {
        return reports.band(linkHash);
    }

    @Override
    public void publishConfirmedReports(Map<String, Integer> confirmedTipsByLinkHash) {
        reports.replace(TipReportBand.of(confirmedTipsByLinkHash));
    }

    @Override
    public String linkHash(Indicator indicator) {
        return links.linkHash(indicator);
    }

    @Override
    public void addStaffReply(String tipId, String text) {
        String cleaned = TipRules.text(text, "text", TipRules.MESSAGE);
        if (cleaned == null) {
            throw new UserInputException("text", "text is empty");
        }
        String messageId = UUID.randomUUID().toString();
        if (!store.addMessage(tipId, documents.message(tipId, messageId, TipRecord.Author.STAFF, cleaned, hour()),
                TipFollowUp.MAX_MESSAGES)) {
            if (!store.exists(tipId)) {
                throw new NotFoundException("There is no tip " + tipId);
            }
            throw new UserInputException("text", "This tip has reached its limit of " + TipFollowUp.MAX_MESSAGES + " messages");
        }
    }

    @Override
    public void setStatus(String tipId, TipStatus status) {
        if (!store.setStatus(tipId, status, hour())) {
            throw new NotFoundException("There is no tip " + tipId);
        }
    }

    /** Whatever is written about a tip is dated to the hour at most: the tip itself holds only its hour. */
    private java.time.Instant hour() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.HOURS);
    }

    @Override
    public SealedText seal(String tipId, String field, String text) {
        Sealed sealed = cipher.seal(tipId, STAFF_FIELD + field, text);
        return new SealedText(sealed.keyId(), sealed.ciphertext());
    }

    @Override
    public String open(String tipId, String field, SealedText sealed) {
        return cipher.open(tipId, STAFF_FIELD + field, new Sealed(sealed.keyId(), sealed.ciphertext()));
    }

    /** Prefix of the associated data's field for staff text: no tip field starts with it. */
    private static final String STAFF_FIELD = "staff:";

    @Override
    public List<String> ids() {
        return store.ids();
    }

    @Override
    public boolean purge(String tipId) {
        return store.delete(tipId);
    }
}
