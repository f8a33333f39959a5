package org.lurewatch.common;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, the only form countries take in this portal. */
public final class CountryCodes {

    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    /** The six countries of the Greater Mekong Sub-Region. */
    public static final List<String> REGION = List.of("KH", "CN", "LA", "MM", "TH", "VN");

    private CountryCodes() {
    }

    public static boolean isValid(String code) {
        return code != null && ISO.contains(code);
    }

    /** Upper-cases and checks a code; the error names {@code field}. */
    public static String require(String code, String field) {
        String upper = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!isValid(upper)) {
            throw new UserInputException(field,
                    field + ": '" + abbreviate(code) + "' is not an ISO 3166-1 alpha-2 country code (e.g. TH, VN, KH)");
        }
        return upper;
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 12 ? s.substring(0, 12) + "…" : s;
    }
}
