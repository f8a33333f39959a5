package org.lurewatch.storage.embedded;

import java.nio.file.AccessDeniedException;

/** Reads the cause of a storage failure from the exception chain (the JDK names no error codes). */
final class DiskErrors {

    private DiskErrors() {
    }

    /** ENOSPC (and EDQUOT), as the JDK words them on Linux, macOS and Windows. */
    static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("No space left on device") || m.contains("Disk quota exceeded")
                    || m.contains("There is not enough space on the disk"))) {
                return true;
            }
        }
        return false;
    }

    static boolean isAccessDenied(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AccessDeniedException || (t.getMessage() != null && t.getMessage().contains("Permission denied"))) {
                return true;
            }
        }
        return false;
    }

    static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int newline = m.indexOf('\n');
        return newline < 0 ? m : m.substring(0, newline);
    }
}
