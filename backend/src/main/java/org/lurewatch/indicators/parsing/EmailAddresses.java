package org.lurewatch.indicators.parsing;

import java.util.Locale;

/**
 * E-mail addresses, lower-cased whole. Mail providers treat the local part case-insensitively in
 * practice, and lure addresses are typed in every case; the domain becomes punycode.
 */
public final class EmailAddresses {

    private static final int MAX_LOCAL = 64;

    private EmailAddresses() {
    }

    /** @throws InvalidIndicatorException when it is not name@domain */
    public static String normalise(String raw) {
        String s = raw.strip();
        if (s.regionMatches(true, 0, "mailto:", 0, 7)) {
            s = s.substring(7);
        }
        int at = s.lastIndexOf('@');
        if (at <= 0 || at == s.length() - 1) {
            throw new InvalidIndicatorException(Quoting.quote(raw)
                    + " is not an e-mail address: write it as name@domain, e.g. jobs@example.com.");
        }
        String local = s.substring(0, at);
        if (local.indexOf('@') >= 0 || local.codePoints().anyMatch(cp -> Character.isWhitespace(cp)
                || Character.isISOControl(cp))) {
            throw new InvalidIndicatorException(Quoting.quote(raw)
                    + " is not an e-mail address: the part before @ may not contain spaces or another @.");
        }
        if (local.length() > MAX_LOCAL) {
            throw new InvalidIndicatorException(Quoting.quote(raw)
                    + " is not an e-mail address: the part before @ is longer than " + MAX_LOCAL + " characters.");
        }
        String domain = Hosts.asciiMailDomain(s.substring(at + 1));
        return local.toLowerCase(Locale.ROOT) + "@" + domain;
    }
}
