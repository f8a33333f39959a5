package org.lurewatch.triage.workflow;

import org.lurewatch.common.ErrorCode;
import org.lurewatch.common.PortalException;

/** The tip is not in a state that allows this (refused transition, claimed by someone else). */
public class TriageConflictException extends PortalException {

    public TriageConflictException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.CONFLICT;
    }
}
