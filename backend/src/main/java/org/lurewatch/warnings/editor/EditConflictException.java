package org.lurewatch.warnings.editor;

import java.util.LinkedHashMap;
import java.util.Map;

import org.lurewatch.common.ErrorCode;
import org.lurewatch.common.PortalException;

/**
 * The warning changed since the editor loaded it (or is in a state that does not allow the step):
 * nothing was saved. {@code extensions.currentVersion} says which version to reload.
 */
public class EditConflictException extends PortalException {

    private final Long currentVersion;

    public EditConflictException(String message, Long currentVersion) {
        super(message);
        this.currentVersion = currentVersion;
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.CONFLICT;
    }

    @Override
    public Map<String, Object> extensions() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (currentVersion != null) {
            extensions.put("currentVersion", currentVersion);
        }
        return extensions;
    }
}
