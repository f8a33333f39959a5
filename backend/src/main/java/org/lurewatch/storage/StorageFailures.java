package org.lurewatch.storage;

import java.util.Set;

import com.mongodb.MongoServerException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Which failures mean "the database cannot take this right now, try again" (answered
 * {@code SERVICE_UNAVAILABLE} with a retry time, or HTTP 503) rather than a fault of the portal.
 */
public final class StorageFailures {

    /**
     * MongoDB's {@code OutOfDiskSpace}; the embedded server also answers it while its file cannot be
     * written for another reason (an I/O error) and while it reopens the file.
     */
    public static final int OUT_OF_DISK_SPACE = 14031;

    /** MongoDB codes of a server that is going away or not primary for the moment. */
    private static final Set<Integer> TRANSIENT_CODES = Set.of(OUT_OF_DISK_SPACE, 91, 189, 10107, 11600, 11602, 13435,
            13436, 6, 7, 89, 9001);

    private StorageFailures() {
    }

    /** Spring's translation of an unreachable MongoDB, the driver's own exception, or a server that cannot write. */
    public static boolean isUnavailable(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
                    || t instanceof MongoTimeoutException || t instanceof MongoSocketException) {
                return true;
            }
            if (t instanceof MongoServerException server && TRANSIENT_CODES.contains(server.getCode())) {
                return true;
            }
        }
        return false;
    }
}
