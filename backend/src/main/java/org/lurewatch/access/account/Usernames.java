package org.lurewatch.access.account;

import java.util.Locale;
import java.util.regex.Pattern;

import org.lurewatch.common.UserInputException;

/** User names: lower case ASCII letters, digits, dot, dash and underscore; 2 to 40 characters. */
public final class Usernames {

    public static final int MAX_LENGTH = 40;
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{1," + (MAX_LENGTH - 1) + "}");

    private Usernames() {
    }

    /** The form user names are stored and looked up in. Never fails: used on sign-in input too. */
    public static String fold(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.strip().toLowerCase(Locale.ROOT);
        return s.length() > 100 ? s.substring(0, 100) : s;
    }

    /** A new user name, checked. */
    public static String require(String raw, String field) {
        String folded = fold(raw);
        if (!VALID.matcher(folded).matches()) {
            throw new UserInputException(field, field + " must be 2 to " + MAX_LENGTH
                    + " characters: letters a-z, digits, '.', '-' or '_', starting with a letter or digit");
        }
        return folded;
    }
}
