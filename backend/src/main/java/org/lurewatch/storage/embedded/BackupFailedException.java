package org.lurewatch.storage.embedded;

import java.util.Map;

import org.lurewatch.common.ErrorCode;
import org.lurewatch.common.PortalException;

/** A backup that could not be made: nothing was kept; the disk may need room first. */
class BackupFailedException extends PortalException {

    static final long RETRY_AFTER_SECONDS = 60;

    BackupFailedException(String reason) {
        super("The backup failed and nothing was kept: " + reason);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.SERVICE_UNAVAILABLE;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("retryAfterSeconds", RETRY_AFTER_SECONDS);
    }
}
