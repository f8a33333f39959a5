package org.lurewatch.warnings;

import java.util.List;

/**
 * One language's text of a warning. {@code bodyHtml} holds a small, sanitised HTML subset;
 * everything else is plain text.
 */
public record Translation(String title, String summary, String bodyHtml, List<String> redFlags) {

    public Translation {
        redFlags = redFlags == null ? List.of() : List.copyOf(redFlags);
        bodyHtml = bodyHtml == null ? "" : bodyHtml;
    }
}
