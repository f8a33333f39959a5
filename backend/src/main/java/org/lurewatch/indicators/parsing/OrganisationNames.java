package org.lurewatch.indicators.parsing;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Organisation names as people write them, tidied: NFC, no stray or doubled spaces, no invisible
 * characters. Case is kept for display; {@code Indicator.key()} folds it for matching.
 */
public final class OrganisationNames {

    private static final int MAX_LENGTH = 200;
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u2060\\uFEFF\\u00AD]");

    private OrganisationNames() {
    }

    public static String normalise(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
        s = INVISIBLE.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        if (s.isEmpty()) {
            throw new InvalidIndicatorException("The organisation name is empty.");
        }
        if (s.codePointCount(0, s.length()) > MAX_LENGTH) {
            throw new InvalidIndicatorException("The organisation name is longer than " + MAX_LENGTH + " characters.");
        }
        return s;
    }
}
