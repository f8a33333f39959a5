package org.lurewatch.common;

import java.util.Map;

/** Input a person can correct: the message names the field and the limit. */
public class UserInputException extends PortalException {

    private final String field;

    public UserInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.BAD_USER_INPUT;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("field", field);
    }
}
