package org.lurewatch.triage.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.stereotype.Service;

/**
 * Exact staff figures over the cases held now (purged tips are gone): no suppression, as these
 * are for staff only. Weeks are ISO weeks ("2026-W05") of submission.
 */
@Service
public class TriageStatistics {

    private final CaseStore cases;

    TriageStatistics(CaseStore cases) {
        this.cases = cases;
    }

    public record Count(String key, int count) {
    }

    public record Figures(int total, List<Count> byStatus, List<Count> byCategory, List<Count> byCountry,
            List<Count> byChannel, List<Count> byWeek, Double medianHoursToFirstReview, int reviewed) {
    }

    public Figures figures(Instant from, Instant to) {
        List<StoredCase> rows = cases.queueRows().stream().filter(d -> {
            Instant at = d.submittedHour();
            return (from == null || !at.isBefore(from)) && (to == null || at.isBefore(to));
        }).toList();
        List<Long> minutes = new ArrayList<>();
        for (StoredCase d : rows) {
            Instant reviewed = d.firstReviewedAt();
            if (reviewed != null) {
                minutes.add(Math.max(0, Duration.between(d.submittedHour(), reviewed).toMinutes()));
            }
        }
        return new Figures(rows.size(), count(rows, d -> d.status().name()), count(rows, d -> d.category().name()),
                count(rows, StoredCase::country), count(rows, d -> d.channel().name()),
                count(rows, TriageStatistics::week), median(minutes), minutes.size());
    }

    static String week(StoredCase d) {
        LocalDate day = d.submittedHour().atZone(ZoneOffset.UTC).toLocalDate();
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static Double median(List<Long> minutes) {
        if (minutes.isEmpty()) {
            return null;
        }
        List<Long> sorted = minutes.stream().sorted().toList();
        int n = sorted.size();
        double m = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return Math.round(m / 60.0 * 100) / 100.0;
    }

    private static List<Count> count(List<StoredCase> rows, Function<StoredCase, String> key) {
        Map<String, Integer> counts = new TreeMap<>();
        rows.forEach(d -> counts.merge(key.apply(d), 1, Integer::sum));
        return counts.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
    }
}
