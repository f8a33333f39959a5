package org.lurewatch.abuse;

import org.lurewatch.common.UnavailableException;

/**
 * The shared store of allowances (Redis) has been unreachable for longer than the grace an action
 * gets, and the action is one that must not run on one instance's count alone (sending tips): the
 * caller is asked to try again shortly, as for an unreachable database.
 */
public class SharedLimitsUnavailableException extends UnavailableException {

    public static final long RETRY_AFTER_SECONDS = 30;

    public SharedLimitsUnavailableException(AbuseAction action) {
        super("The portal cannot check its limits on " + action.plural() + " right now. Your text is not lost: please"
                + " try again in " + RETRY_AFTER_SECONDS + " seconds.", RETRY_AFTER_SECONDS);
    }
}
