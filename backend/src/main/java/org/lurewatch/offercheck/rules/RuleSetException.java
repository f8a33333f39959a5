package org.lurewatch.offercheck.rules;

/** Rule data that cannot be used; the message names the file and the rule. */
public class RuleSetException extends IllegalStateException {

    public RuleSetException(String message) {
        super(message);
    }

    public RuleSetException(String message, Throwable cause) {
        super(message, cause);
    }
}
