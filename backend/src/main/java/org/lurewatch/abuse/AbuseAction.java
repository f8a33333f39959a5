package org.lurewatch.abuse;

/** What a client spends its allowance on; each action has its own short- and long-window limit. */
public enum AbuseAction {
    /** Sending a tip. */
    SUBMISSION("tips sent"),
    /** Looking a tip up by its receipt code (also spent by follow-up messages: both can guess receipts). */
    RECEIPT_LOOKUP("receipt look-ups"),
    /** A follow-up message from a tipster. */
    FOLLOW_UP("follow-up messages"),
    /** Any GraphQL request at all, e.g. reading warnings; generous. */
    PUBLIC_READ("requests");

    private final String plural;

    AbuseAction(String plural) {
        this.plural = plural;
    }

    /** How the action is named in a message to the client, e.g. "Too many receipt look-ups". */
    public String plural() {
        return plural;
    }
}
