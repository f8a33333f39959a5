package org.lurewatch.access.account;

import java.util.Locale;

import org.lurewatch.common.UserInputException;

/**
 * What a new password must be. Length is what makes a password strong; composition rules only
 * make people write "Password1!" (NIST SP 800-63B). The upper bound only keeps hashing cheap.
 */
public final class PasswordPolicy {

    public static final int MAX_LENGTH = 256;

    private final int minLength;

    public PasswordPolicy(int minLength) {
        this.minLength = minLength;
    }

    public int minLength() {
        return minLength;
    }

    /** Refuses, naming {@code field}, a password that is too short, too long or holds the user name. */
    public void check(String username, String password, String field) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < minLength) {
            throw new UserInputException(field, field + " must be at least " + minLength
                    + " characters long (was " + length + "); a few unrelated words make a good one");
        }
        if (length > MAX_LENGTH) {
            throw new UserInputException(field, field + " is at most " + MAX_LENGTH + " characters (was " + length + ")");
        }
        if (password.isBlank()) {
            throw new UserInputException(field, field + " must not be only spaces");
        }
        if (username != null && username.length() >= 3
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new UserInputException(field, field + " must not contain the user name");
        }
    }
}
