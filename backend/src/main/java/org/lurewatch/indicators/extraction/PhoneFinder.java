package org.lurewatch.indicators.extraction;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lurewatch.indicators.ExtractedIndicator;
import org.lurewatch.indicators.Indicator;
import org.lurewatch.indicators.IndicatorType;
import org.lurewatch.indicators.parsing.PhoneNumbers;

/**
 * Phone numbers in text, found by libphonenumber once per country of the region (a local
 * "0812345678" is only recognised with a default region that accepts it) and reduced to one
 * E.164 per place in the text.
 *
 * <p>libphonenumber's matcher costs 0.1–0.2 ms per region on a 1 KB text, so it runs only on
 * stretches of digits and separators, and only for the regions whose metadata could fit them.
 *
 * <p>Leniency VALID throughout: salaries ("12000"), dates and reference numbers are "possible"
 * numbers in some region, but rarely valid ones. Numbers after a messenger keyword, where the
 * context vouches for them, are read by {@link HandleFinder}.
 */
public final class PhoneFinder {

    private static final int MIN_DIGITS = 6;
    /** A national number with its prefix, or with its country code but without "+". */
    private static final int MAX_SINGLE_NUMBER_DIGITS = 14;
    private static final PhoneNumberUtil UTIL = PhoneNumbers.util();
    /**
     * "8.000.000" (a Vietnamese salary) is a valid number in Viet Nam; amounts grouped in
     * thousands that do not start with the national prefix 0 are money, not phones.
     */
    private static final Pattern MONEY = Pattern.compile("[1-9]\\d{0,2}(?:[.\\s]\\d{3})+");
    /** Working hours "08.00-17.00", "9:00 - 18:00": never a phone number. */
    private static final Pattern TIMES = Pattern.compile("\\d{1,2}[.:]\\d{2}(?:\\s*[-–~]\\s*\\d{1,2}[.:]\\d{2})*",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** Dates "31/03/2026", "2026-03-31", "31.03.26". */
    private static final Pattern DATE = Pattern.compile("\\d{1,4}([./-])\\d{1,2}\\1\\d{1,4}",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** Ranges of amounts "15000-20000", "3000 ~ 5000": both sides without a national prefix. */
    private static final Pattern RANGE = Pattern.compile("([1-9]\\d{2,6})\\s*[-–~]\\s*([1-9]\\d{2,6})");
    /**
     * More digits than five numbers in a row, or an unbroken run longer than any number with its
     * international prefix: not worth libphonenumber's time (a pasted 10,000-digit run took half a
     * second), and no reader writes numbers so.
     */
    private static final int MAX_WINDOW_DIGITS = 60;
    private static final int MAX_RUN_DIGITS = 17;
    /** Currency words after an amount (lower case), in the languages of the region. */
    private static final java.util.List<String> CURRENCY_AFTER = java.util.List.of("baht", "บาท", "kip", "ກີບ",
            "ກີບ", "đ", "vnd", "đồng", "dong", "usd", "dollar", "us$", "$", "yuan", "rmb", "元", "块", "万", "ដុល្លារ",
            "រៀល", "ကျပ်", "ဒေါ်လာ", "ยวน", "ຢວນ", "riel", "kyat", "ks", "฿", "per month", "/month", "ต่อเดือน");
    private static final String CURRENCY_BEFORE = "$฿€¥₫៛";

    /**
     * @param blocked indicators inside which digits are not phone numbers (mail addresses, links)
     */
    public List<ExtractedIndicator> find(String text, String regionHint, List<ExtractedIndicator> blocked) {
        return find(text, regionHint, RegionContext.NONE, blocked);
    }

    /**
     * @param context what the text says about its country; decides a national number valid in
     *                several countries when there is no {@code regionHint}
     */
    public List<ExtractedIndicator> find(String text, String regionHint, RegionContext context,
            List<ExtractedIndicator> blocked) {
        if (!hasEnoughDigits(text)) {
            return List.of();
        }
        // start -> the longest number any region found there
        TreeMap<Integer, Reading> spans = new TreeMap<>();
        // ads repeat their number; libphonenumber costs tens of microseconds a call, so ask once
        Map<String, List<Reading>> readingsOfPart = new HashMap<>();
        for (int[] window : digitWindows(text)) {
            // one char of context each side: libphonenumber refuses a number glued to a Latin letter
            int from = Math.max(0, window[0] - 1);
            String part = text.substring(from, Math.min(text.length(), window[1] + 1));
            String stretch = text.substring(window[0], window[1]);
            List<Reading> readings = readingsOfPart.computeIfAbsent(part, p -> read(p, stretch, window[0] - from,
                    regionHint));
            for (Reading r : readings) {
                Reading shifted = new Reading(from + r.start(), from + r.end(), r.e164(), r.settled());
                spans.merge(shifted.start(), shifted, (a, b) -> b.end() > a.end() ? b : a);
            }
        }
        List<ExtractedIndicator> found = new ArrayList<>(spans.size());
        Map<String, Choice> choiceOfRaw = new HashMap<>();
        boolean hinted = regionHint != null && !regionHint.isBlank();
        int lastEnd = -1;
        for (Reading reading : spans.values()) {
            int start = reading.start();
            int end = reading.end();
            if (start < lastEnd || Spans.overlaps(start, end, blocked)) {
                continue;
            }
            String raw = text.substring(start, end);
            Choice choice = choiceOfRaw.computeIfAbsent(raw, r -> choose(r, reading, regionHint, hinted, context));
            found.add(new ExtractedIndicator(new Indicator(IndicatorType.PHONE, choice.e164()), start, end, raw,
                    choice.alternatives().stream().map(e -> new Indicator(IndicatorType.PHONE, e)).toList()));
            lastEnd = end;
        }
        return found;
    }

    /**
     * The numbers in one stretch (with its context), offsets relative to {@code part}. Regions come
     * in order of preference and stop at the first that reads the whole stretch; a whole reading by
     * the first region tried is "settled": it is what the normaliser would answer too, since the
     * screen ruled out every region before it.
     */
    private static List<Reading> read(String part, String stretch, int stretchStart, String regionHint) {
        List<Reading> readings = new ArrayList<>(2);
        boolean firstRegion = true;
        for (String region : regionsFor(stretch, regionHint)) {
            boolean whole = false;
            for (PhoneNumberMatch match : UTIL.findNumbers(part, region, Leniency.VALID, Long.MAX_VALUE)) {
                boolean covers = match.start() <= stretchStart + 1 && match.end() >= stretchStart + stretch.length();
                readings.add(new Reading(match.start(), match.end(), UTIL.format(match.number(),
                        PhoneNumberFormat.E164), covers && firstRegion));
                whole |= covers;
            }
            if (whole) {
                break;
            }
            firstRegion = false;
        }
        return readings;
    }

    /** The country a number is read for, and the other readings that stay plausible. */
    private record Choice(String e164, List<String> alternatives) {
    }

    /**
     * With a hint (the tipster named the country) or a "+": as the normaliser reads it. Else every
     * region where the number is valid is a candidate, and the text's evidence decides: one
     * candidate with the most evidence wins, and the others with some evidence are shown too; a
     * tie, or no evidence at all, shows every candidate. A number valid only elsewhere, in a text
     * plainly written for a country where it is a possible (if not known) number, is read there
     * first ("09 7900 0456" in Burmese), the valid readings shown beside it.
     */
    private static Choice choose(String raw, Reading reading, String regionHint, boolean hinted,
            RegionContext context) {
        String trimmed = raw.strip();
        if (hinted || trimmed.startsWith("+") || trimmed.startsWith("＋")) {
            String e164 = reading.settled() ? reading.e164()
                    : PhoneNumbers.toValidE164(raw, regionHint).orElse(reading.e164());
            return new Choice(e164, List.of());
        }
        Map<String, String> valid = PhoneNumbers.validReadings(raw);
        if (valid.isEmpty()) {
            return new Choice(reading.e164(), List.of());
        }
        int top = 0;
        for (String region : valid.keySet()) {
            top = Math.max(top, context.score(region));
        }
        String strongest = context.strongest();
        if (top == 0 && strongest != null && context.score(strongest) >= RegionContext.SCRIPT) {
            var possible = PhoneNumbers.possibleE164(raw, strongest);
            if (possible.isPresent()) {
                return new Choice(possible.get(), List.copyOf(valid.values()));
            }
        }
        List<String> best = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (var e : valid.entrySet()) {
            int score = context.score(e.getKey());
            if (score == top) {
                best.add(e.getValue());
            } else if (score > 0) {
                others.add(e.getValue());
            }
        }
        List<String> alternatives = new ArrayList<>(best.subList(1, best.size()));
        alternatives.addAll(others);
        return new Choice(best.get(0), List.copyOf(alternatives));
    }

    /** A number found at [start, end); settled when no second reading is needed. */
    private record Reading(int start, int end, String e164, boolean settled) {
    }

    /**
     * The default regions worth a findNumbers pass over this stretch: one for a number written
     * with "+", else those whose metadata could fit the digits. A long stretch may hold several
     * numbers that no single screen fits, so it gets every region.
     */
    private static List<String> regionsFor(String stretch, String regionHint) {
        List<String> regions = PhoneNumbers.searchRegions(regionHint);
        if (stretch.startsWith("+") || stretch.startsWith("＋")) {
            return regions.subList(0, 1);
        }
        String digits = PhoneNumbers.digitsOf(stretch);
        if (digits.length() > MAX_SINGLE_NUMBER_DIGITS) {
            return regions;
        }
        return regions.stream().filter(r -> PhoneNumbers.mayBeValidIn(r, digits)).toList();
    }

    /** Stretches of digits and the separators people put in numbers, with at least MIN_DIGITS digits. */
    static List<int[]> digitWindows(String text) {
        List<int[]> windows = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            if (start > 0 && "+＋(（".indexOf(text.charAt(start - 1)) >= 0) {
                start--;
            }
            int digits = 0;
            int run = 0;
            int longestRun = 0;
            int lastDigitEnd = i;
            int j = i;
            while (j < n) {
                char c = text.charAt(j);
                if (Character.isDigit(c)) {
                    digits++;
                    longestRun = Math.max(longestRun, ++run);
                    lastDigitEnd = j + 1;
                    j++;
                    continue;
                }
                run = 0;
                if (!isSeparator(c) || j - lastDigitEnd >= 2) {
                    break; // a long gap ends the number
                }
                j++;
            }
            if (digits >= MIN_DIGITS && digits <= MAX_WINDOW_DIGITS && longestRun <= MAX_RUN_DIGITS
                    && !MONEY.matcher(text).region(start, lastDigitEnd).matches()
                    && !isTimeDateOrAmount(text, start, lastDigitEnd)) {
                windows.add(new int[] {start, lastDigitEnd});
            }
            i = Math.max(j, i + 1);
        }
        return windows;
    }

    /** Hours, dates, ranges and prices are never phone numbers, whatever a numbering plan allows. */
    static boolean isTimeDateOrAmount(String text, int start, int end) {
        if (TIMES.matcher(text).region(start, end).matches() || DATE.matcher(text).region(start, end).matches()) {
            return true;
        }
        char first = text.charAt(start);
        if (Character.digit(first, 10) == 0 || first == '+' || first == '＋' || first == '(' || first == '（') {
            return false; // a national or international prefix: a number, not an amount
        }
        Matcher range = RANGE.matcher(text).region(start, end);
        if (range.matches() && Math.abs(range.group(1).length() - range.group(2).length()) <= 1) {
            return true;
        }
        int before = start - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        if (before >= 0 && CURRENCY_BEFORE.indexOf(text.charAt(before)) >= 0) {
            return true;
        }
        int after = end;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        String next = text.substring(after, Math.min(text.length(), after + 10)).toLowerCase(java.util.Locale.ROOT);
        for (String currency : CURRENCY_AFTER) {
            if (next.startsWith(currency)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/' || c == '\u00A0'
                || c == '\u2010' || c == '\u2011' || c == '\u2013' || c == '\u3000' || c == '（' || c == '）';
    }

    private static boolean hasEnoughDigits(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i)) && ++digits >= MIN_DIGITS) {
                return true;
            }
        }
        return false;
    }
}
