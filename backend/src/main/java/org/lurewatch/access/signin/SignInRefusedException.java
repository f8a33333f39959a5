package org.lurewatch.access.signin;

import org.lurewatch.common.ErrorCode;
import org.lurewatch.common.PortalException;

/**
 * The one answer to every failed sign-in (unknown user, wrong password, disabled account), so
 * that it tells nobody which user names exist.
 */
public class SignInRefusedException extends PortalException {

    public SignInRefusedException() {
        super("Wrong user name or password.");
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.UNAUTHENTICATED;
    }
}
