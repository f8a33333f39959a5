package org.lurewatch.indicators.parsing;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Phone numbers to E.164. A number written without its country code is read in each country of
 * the region: "0812345678" is a valid mobile in Thailand, Viet Nam and Myanmar alike, so a hint
 * (the country the tip or warning is about) decides, else the order of {@link #REGIONS}, which
 * puts the countries whose numbers appear most in lures first.
 */
public final class PhoneNumbers {

    /** Default regions, in order of preference when a local number is valid in several. */
    public static final List<String> REGIONS = List.of("TH", "VN", "KH", "LA", "MM", "CN");

    static final int MIN_DIGITS = 6;
    static final int MAX_DIGITS = 15; // the E.164 limit

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Map<String, RegionScreen> SCREENS = screens();

    private PhoneNumbers() {
    }

    /** The shared libphonenumber instance (it is thread-safe and expensive to build). */
    public static PhoneNumberUtil util() {
        return UTIL;
    }

    /** E.164 of {@code raw} when it is a valid number somewhere we look; empty otherwise. */
    public static Optional<String> toValidE164(String raw, String regionHint) {
        String trimmed = raw.strip();
        if (trimmed.startsWith("+") || trimmed.startsWith("＋")) {
            // the country code is written: any default region reads it the same
            return validE164(trimmed, REGIONS.get(0));
        }
        String digits = digitsOf(trimmed);
        // "00" is the international prefix in most of the region, so no screen can judge it
        boolean screened = !digits.startsWith("00");
        for (String region : searchRegions(regionHint)) {
            RegionScreen screen = SCREENS.get(region);
            if (screened && screen != null && !screen.mayBeValid(digits)) {
                continue;
            }
            Optional<String> e164 = validE164(trimmed, region);
            if (e164.isPresent()) {
                return e164;
            }
        }
        return Optional.empty();
    }

    /** Each region (in {@link #REGIONS} order) where the national number is valid, with its E.164. */
    public static Map<String, String> validReadings(String raw) {
        Map<String, String> readings = new java.util.LinkedHashMap<>();
        String digits = digitsOf(raw);
        boolean screened = !digits.startsWith("00");
        for (String region : REGIONS) {
            RegionScreen screen = SCREENS.get(region);
            if (screened && screen != null && !screen.mayBeValid(digits)) {
                continue;
            }
            validE164(raw, region).ifPresent(e164 -> readings.put(region, e164));
        }
        return readings;
    }

    /** E.164 of a number that is possible (right length) in the region though not known valid. */
    public static Optional<String> possibleE164(String raw, String region) {
        try {
            PhoneNumber number = UTIL.parse(raw, region);
            if (UTIL.isPossibleNumber(number)) {
                return Optional.of(UTIL.format(number, PhoneNumberFormat.E164));
            }
        } catch (NumberParseException e) {
            // not even possible there
        }
        return Optional.empty();
    }

    /** True when the digits might be a valid number of that region (cheap; false means surely not). */
    public static boolean mayBeValidIn(String region, String digits) {
        RegionScreen screen = SCREENS.get(region);
        return screen == null || digits.startsWith("00") || screen.mayBeValid(digits);
    }

    /**
     * E.164 when valid, else a "possible number" so that what a person typed is never dropped:
     * "+" and the digits when written with a country code, just the digits otherwise (we cannot
     * know the country then).
     *
     * @throws InvalidIndicatorException when it cannot be a phone number at all
     */
    public static String normalise(String raw, String regionHint) {
        Optional<String> valid = toValidE164(raw, regionHint);
        if (valid.isPresent()) {
            return valid.get();
        }
        String trimmed = raw.strip();
        String digits = digitsOf(trimmed);
        if (digits.isEmpty()) {
            throw new InvalidIndicatorException(Quoting.quote(raw) + " is not a phone number: it has no digits.");
        }
        if (trimmed.codePoints().anyMatch(Character::isLetter)) {
            throw new InvalidIndicatorException(Quoting.quote(raw)
                    + " is not a phone number: it contains letters. Enter only the number, e.g. +66 81 234 5678.");
        }
        if (digits.length() < MIN_DIGITS) {
            throw new InvalidIndicatorException(Quoting.quote(raw) + " is too short for a phone number (at least "
                    + MIN_DIGITS + " digits).");
        }
        boolean international = trimmed.startsWith("+") || trimmed.startsWith("＋");
        // a number written without "+" may still carry an international "00" prefix
        int limit = international ? MAX_DIGITS : MAX_DIGITS + 2;
        if (digits.length() > limit) {
            throw new InvalidIndicatorException(Quoting.quote(raw) + " is too long for a phone number (at most "
                    + MAX_DIGITS + " digits).");
        }
        return international ? "+" + digits : digits;
    }

    /** ASCII digits of any script's decimal digits (Thai "๐๘๑" counts as "081"). */
    public static String digitsOf(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            int d = Character.digit(cp, 10);
            if (d >= 0) {
                sb.append((char) ('0' + d));
            }
        });
        return sb.toString();
    }

    private static Optional<String> validE164(String raw, String region) {
        try {
            PhoneNumber number = UTIL.parse(raw, region);
            if (UTIL.isValidNumber(number)) {
                return Optional.of(UTIL.format(number, PhoneNumberFormat.E164));
            }
        } catch (NumberParseException e) {
            // not a number in this region; the next region may read it
        }
        return Optional.empty();
    }

    private static Map<String, RegionScreen> screens() {
        Map<String, RegionScreen> screens = new HashMap<>();
        for (String region : REGIONS) {
            RegionScreen screen = RegionScreen.of(region);
            if (screen != null) {
                screens.put(region, screen);
            }
        }
        return Map.copyOf(screens);
    }

    /** The upper-case region when libphonenumber knows it, else null: an odd hint is ignored. */
    static String supportedRegion(String regionHint) {
        if (regionHint == null || regionHint.isBlank()) {
            return null;
        }
        String region = regionHint.strip().toUpperCase(Locale.ROOT);
        return UTIL.getSupportedRegions().contains(region) ? region : null;
    }

    /** The regions a local number is tried in, in order of preference: the hint (if any) first. */
    public static List<String> searchRegions(String regionHint) {
        String hint = supportedRegion(regionHint);
        if (hint == null || hint.equals(REGIONS.get(0))) {
            return REGIONS;
        }
        List<String> regions = new ArrayList<>(REGIONS.size() + 1);
        regions.add(hint);
        REGIONS.stream().filter(r -> !r.equals(hint)).forEach(regions::add);
        return List.copyOf(regions);
    }
}
