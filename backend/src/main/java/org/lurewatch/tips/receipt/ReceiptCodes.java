package org.lurewatch.tips.receipt;

import java.security.SecureRandom;

import org.lurewatch.common.UserInputException;

/**
 * Receipt codes: 16 random decimal digits from a CSPRNG (about 53 bits), shown in groups of four.
 * Digits are easy to write down, read out and type on any keyboard of the region; a code typed
 * with Thai, Lao, Khmer, Burmese or full-width digits, spaces or dashes is read the same.
 */
public final class ReceiptCodes {

    public static final int DIGITS = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReceiptCodes() {
    }

    /** A new code, as bare digits. */
    public static String generate() {
        StringBuilder digits = new StringBuilder(DIGITS);
        for (int i = 0; i < DIGITS; i++) {
            digits.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return digits.toString();
    }

    /** "1234 5678 9012 3456". */
    public static String format(String digits) {
        StringBuilder out = new StringBuilder(DIGITS + 3);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append(' ');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /**
     * The bare ASCII digits of a typed code. Only the form is checked here; whether such a receipt
     * exists is answered the same way for every well-formed code.
     *
     * @throws UserInputException (field {@code receipt}) when it is not 16 digits
     */
    public static String parse(String typed) {
        if (typed == null || typed.length() > 64) {
            throw malformed();
        }
        StringBuilder digits = new StringBuilder(DIGITS);
        for (int i = 0; i < typed.length(); ) {
            int cp = typed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isDigit(cp)) {
                digits.append((char) ('0' + Character.digit(cp, 10)));
            } else if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && cp != '-' && cp != '.'
                    && cp != '\u2010' && cp != '\u2011' && cp != '\u2012' && cp != '\u2013' && cp != '\uFF0D') {
                throw malformed();
            }
        }
        if (digits.length() != DIGITS) {
            throw malformed();
        }
        return digits.toString();
    }

    private static UserInputException malformed() {
        return new UserInputException("receipt",
                "receipt is the " + DIGITS + "-digit code you were given when you sent your tip (spaces are fine)");
    }
}
