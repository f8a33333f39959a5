package org.lurewatch.indicators.parsing;

/**
 * A value that cannot be read as an indicator of the asked type; the message tells a person what
 * is wrong. Cheap to throw (no stack trace) because the extractor tries candidates that often fail.
 */
public class InvalidIndicatorException extends RuntimeException {

    public InvalidIndicatorException(String message) {
        super(message, null, false, false);
    }
}
