package org.lurewatch.access.account;

import org.lurewatch.common.ErrorCode;
import org.lurewatch.common.PortalException;

/** Two changes to one account (or a rule about the set of accounts) collided. */
public class AccountConflictException extends PortalException {

    public AccountConflictException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.CONFLICT;
    }
}
