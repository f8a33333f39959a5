package org.lurewatch.common;

/** Something asked for by a key does not exist (or is not visible to this caller). */
public class NotFoundException extends PortalException {

    public NotFoundException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.NOT_FOUND;
    }
}
