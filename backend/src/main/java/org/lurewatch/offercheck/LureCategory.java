package org.lurewatch.offercheck;

/** The kinds of lure the portal warns about; each has one rule file. */
public enum LureCategory {
    JOB_OFFER("job"),
    TRAVEL_OFFER("travel"),
    MARRIAGE_OFFER("marriage");

    private final String prefix;

    LureCategory(String prefix) {
        this.prefix = prefix;
    }

    /** The rule file's name and the prefix of its rule ids: "job" for job.json and "job.upfront-fee". */
    public String prefix() {
        return prefix;
    }
}
