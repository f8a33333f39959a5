package org.lurewatch.common;

/**
 * Input a person can correct: the message names the field and the limit. Mapped to
 * {@code extensions.code = BAD_USER_INPUT} with the field in {@code extensions.field}.
 */
public class UserInputException extends RuntimeException {

    private final String field;

    public UserInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
