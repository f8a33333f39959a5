package org.lurewatch.indicators.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lurewatch.indicators.ExtractedIndicator;
import org.lurewatch.indicators.Indicator;
import org.lurewatch.indicators.IndicatorType;
import org.lurewatch.indicators.parsing.EmailAddresses;
import org.lurewatch.indicators.parsing.Hosts;
import org.lurewatch.indicators.parsing.InvalidIndicatorException;

/**
 * E-mail addresses in text, grown outwards from each "@" (a regex anchored nowhere would retry
 * the 64-char local part at every position). Only ASCII addresses are recognised: an address glued
 * to Thai or Chinese text has no visible end otherwise, and internationalised addresses are rare
 * in ads.
 */
public final class EmailFinder {

    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 253;

    public List<ExtractedIndicator> find(String text) {
        List<ExtractedIndicator> found = new ArrayList<>();
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int start = at;
            while (start > 0 && at - start < MAX_LOCAL && isLocalChar(text.charAt(start - 1))) {
                start--;
            }
            while (start < at && !isAsciiLetterOrDigit(text.charAt(start))) {
                start++; // "..name@" or "+name@": the address starts at a letter or digit
            }
            int end = at + 1;
            while (end < text.length() && end - at <= MAX_DOMAIN && isDomainChar(text.charAt(end))) {
                end++;
            }
            while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
                end--; // the full stop after an address ends the sentence
            }
            if (start == at || end == at + 1) {
                continue;
            }
            String domain = text.substring(at + 1, end).toLowerCase(Locale.ROOT);
            if (domain.indexOf('.') < 0 || !Hosts.isSiteHost(domain)) {
                continue;
            }
            try {
                String raw = text.substring(start, end);
                found.add(new ExtractedIndicator(new Indicator(IndicatorType.EMAIL, EmailAddresses.normalise(raw)),
                        start, end, raw));
            } catch (InvalidIndicatorException e) {
                // looser scan than the rules: skip what they refuse
            }
        }
        return found;
    }

    private static boolean isLocalChar(char c) {
        return isAsciiLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isDomainChar(char c) {
        return isAsciiLetterOrDigit(c) || c == '.' || c == '-';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
