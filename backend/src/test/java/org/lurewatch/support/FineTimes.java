package org.lurewatch.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.BsonDateTime;
import org.bson.BsonTimestamp;

/**
 * Finds every time finer than the hour in stored documents or in text: {@code Date} values, longs
 * that read as epoch milliseconds (or seconds) of the last and next decades, and strings holding
 * 13-digit epoch milliseconds or ISO-8601 date-times. What an attacker holding a copy of the data
 * would use to date a tip more precisely than its hour.
 */
public final class FineTimes {

    private static final long HOUR_MS = 3_600_000L;
    private static final long FROM_MS = Instant.parse("2015-01-01T00:00:00Z").toEpochMilli();
    private static final long TO_MS = Instant.parse("2045-01-01T00:00:00Z").toEpochMilli();
    private static final Pattern MILLIS = Pattern.compile("(?<!\\d)1\\d{12}(?!\\d)");
    private static final Pattern ISO = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?");

    private FineTimes() {
    }

    /** Paths (e.g. {@code triage_cases/abc.history[0].at}) whose value dates something finer than the hour. */
    public static List<String> in(String where, Object value) {
        List<String> found = new ArrayList<>();
        walk(where, value, found);
        return found;
    }

    /** Fine times in free text (a log, a file's strings). */
    public static List<String> inText(String where, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = MILLIS.matcher(text);
        while (m.find()) {
            long ms = Long.parseLong(m.group());
            if (isFine(ms)) {
                found.add(where + ": " + m.group() + " (" + Instant.ofEpochMilli(ms) + ")");
            }
        }
        Matcher iso = ISO.matcher(text);
        while (iso.find()) {
            if (isFineIso(iso.group())) {
                found.add(where + ": " + iso.group());
            }
        }
        return found;
    }

    private static void walk(String path, Object value, List<String> found) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(path + "." + k, v, found));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(path + "[" + i + "]", list.get(i), found);
            }
        } else if (value instanceof Date date) {
            if (date.getTime() % HOUR_MS != 0) {
                found.add(path + " = " + date.toInstant());
            }
        } else if (value instanceof BsonDateTime date) {
            if (date.getValue() % HOUR_MS != 0) {
                found.add(path + " = " + Instant.ofEpochMilli(date.getValue()));
            }
        } else if (value instanceof BsonTimestamp ts) {
            found.add(path + " = timestamp " + ts);
        } else if (value instanceof Long || value instanceof Double) {
            long n = ((Number) value).longValue();
            if (isFine(n) || isFine(n * 1000)) {
                found.add(path + " = " + n);
            }
        } else if (value instanceof String s) {
            found.addAll(inText(path, s));
        }
    }

    private static boolean isFine(long ms) {
        return ms >= FROM_MS && ms < TO_MS && ms % HOUR_MS != 0;
    }

    private static boolean isFineIso(String text) {
        try {
            String t = text.replace(' ', 'T');
            Instant at = t.endsWith("Z") || t.matches(".*[+-]\\d{2}:?\\d{2}$")
                    ? OffsetDateTime.parse(t.matches(".*[+-]\\d{4}$") ? t.substring(0, t.length() - 2) + ":"
                            + t.substring(t.length() - 2) : t).toInstant()
                    : java.time.LocalDateTime.parse(t).toInstant(java.time.ZoneOffset.UTC);
            return at.toEpochMilli() % HOUR_MS != 0;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
