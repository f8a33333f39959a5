package org.lurewatch.warnings;

/** The kind of lure a warning is about. */
public enum Category {
    JOB_OFFER, TRAVEL_OFFER, MARRIAGE_OFFER, OTHER
}
