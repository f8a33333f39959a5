package org.lurewatch.tips;

/** Whether the tipster reports what happened to them or to someone else. */
public enum ReportingFor {
    MYSELF, SOMEONE_ELSE
}
