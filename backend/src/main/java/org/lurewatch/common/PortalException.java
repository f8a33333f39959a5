package org.lurewatch.common;

import java.util.Map;

/**
 * An error whose message is meant for the caller: it says what happened and what to do. Every
 * module throws subclasses of this; the GraphQL layer turns them into errors with
 * {@code extensions.code}. Anything else is an internal failure and is never shown as is.
 */
public abstract class PortalException extends RuntimeException {

    protected PortalException(String message) {
        super(message, null, false, false);
    }

    public abstract ErrorCode code();

    /** Extra, safe facts for {@code extensions} (e.g. the field at fault, seconds to wait). */
    public Map<String, Object> extensions() {
        return Map.of();
    }
}
