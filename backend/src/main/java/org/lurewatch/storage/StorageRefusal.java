package org.lurewatch.storage;

/**
 * The portal refuses to start on this database, and says why and what to do. Thrown at start-up only;
 * the message is meant for the operator and is printed without a stack trace.
 */
public class StorageRefusal extends IllegalStateException {

    private final String action;

    public StorageRefusal(String problem, String action) {
        super(problem + " " + action);
        this.action = action;
    }

    public StorageRefusal(String problem, String action, Throwable cause) {
        super(problem + " " + action, cause);
        this.action = action;
    }

    /** What the operator should do about it. */
    public String action() {
        return action;
    }

    /** The problem without the action. */
    public String problem() {
        String message = getMessage();
        return message.substring(0, message.length() - action.length()).trim();
    }
}
