package org.lurewatch.storage.embedded;

import org.lurewatch.common.UnavailableException;

/** A backup that could not be made: nothing was kept; the disk may need room first. */
class BackupFailedException extends UnavailableException {

    static final long RETRY_AFTER_SECONDS = 60;

    BackupFailedException(String reason) {
        super("The backup failed and nothing was kept: " + reason, RETRY_AFTER_SECONDS);
    }
}
